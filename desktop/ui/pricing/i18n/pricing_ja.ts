<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
  <context>
    <name>ExplainTab</name>
    <message>
      <source>From history</source>
      <translation>履歴から</translation>
    </message>
    <message>
      <source>From a scenario file</source>
      <translation>シナリオファイルから</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 日間</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>表示</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>連絡先</translation>
    </message>
    <message>
      <source>From</source>
      <translation>開始日</translation>
    </message>
    <message>
      <source>Open scenario file…</source>
      <translation>シナリオファイルを開く…</translation>
    </message>
    <message>
      <source>History is not available here (no database is open). Open a scenario file to explain Meta's public examples.</source>
      <translation>ここでは履歴を使えません（データベースが開かれていません）。シナリオファイルを開くと、Meta の公開例を説明できます。</translation>
    </message>
    <message>
      <source>What to explain</source>
      <translation>説明する対象</translation>
    </message>
    <message>
      <source>Replay the history first (History tab), then pick a contact.</source>
      <translation>先に履歴を再計算（「履歴」タブ）してから、連絡先を選んでください。</translation>
    </message>
    <message>
      <source>&lt;b&gt;{contact}&lt;/b&gt;, {start} to {end} (as billed)</source>
      <translation>&lt;b&gt;{contact}&lt;/b&gt;、{start}〜{end}（実際の請求ルール）</translation>
    </message>
    <message>
      <source>Open a scenario file</source>
      <translation>シナリオファイルを開く</translation>
    </message>
    <message>
      <source>Scenario files (*.json)</source>
      <translation>シナリオファイル (*.json)</translation>
    </message>
    <message>
      <source>Cannot read {file}: {error}. Pick a JSON scenario file.</source>
      <translation>{file} を読み込めません: {error}。JSON のシナリオファイルを選んでください。</translation>
    </message>
    <message>
      <source>This scenario cannot be billed: {error}. Fix the file and open it again.</source>
      <translation>このシナリオは計算できません: {error}。ファイルを修正して開き直してください。</translation>
    </message>
    <message>
      <source>Era: {era} · recipient {country} ({market}) · source: {source}</source>
      <translation>料金体系: {era} · 受信者 {country}（{market}） · 出典: {source}</translation>
    </message>
    <message>
      <source>customer</source>
      <translation>顧客</translation>
    </message>
    <message>
      <source>{category} template</source>
      <translation>{category}テンプレート</translation>
    </message>
    <message>
      <source>free-form reply</source>
      <translation>自由形式の返信</translation>
    </message>
    <message>
      <source>{n} charge(s) for this contact in this range: &lt;b&gt;{total}&lt;/b&gt;</source>
      <translation>この期間のこの連絡先への課金 {n} 件: &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>* includes unverified rate-card figures</source>
      <translation>* 未検証の料金表の値を含みます</translation>
    </message>
  </context>
  <context>
    <name>ExplainTimeline</name>
    <message>
      <source>Messages</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <source>Service window</source>
      <translation>サービスウィンドウ</translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>会話</translation>
    </message>
    <message>
      <source>Free entry point</source>
      <translation>無料エントリーポイント</translation>
    </message>
    <message>
      <source>Charges</source>
      <translation>課金</translation>
    </message>
    <message>
      <source>Pick a contact and days, or load a scenario file, to see its timeline.</source>
      <translation>連絡先と期間を選ぶか、シナリオファイルを読み込むと、タイムラインが表示されます。</translation>
    </message>
    <message>
      <source>times in UTC</source>
      <translation>時刻は UTC</translation>
    </message>
    <message>
      <source>Above the line: customer messages. Below: business messages (square = template, circle = free-form, hollow = not delivered). Diamonds: charges.</source>
      <translation>線の上: 顧客のメッセージ。線の下: ビジネスのメッセージ（四角 = テンプレート、丸 = 自由形式、中抜き = 未配信）。ひし形: 課金。</translation>
    </message>
    <message>
      <source>24 h window</source>
      <translation>24 時間ウィンドウ</translation>
    </message>
    <message>
      <source>72 h free entry point</source>
      <translation>72 時間の無料エントリーポイント</translation>
    </message>
    <message>
      <source>Rate {rate} from card {card}</source>
      <translation>料金 {rate}（料金表 {card}）</translation>
    </message>
    <message>
      <source>* unverified rate-card figure</source>
      <translation>* 未検証の料金表の値</translation>
    </message>
    <message>
      <source>Customer message</source>
      <translation>顧客のメッセージ</translation>
    </message>
    <message>
      <source>(from an ad or Page button)</source>
      <translation>（広告またはページのボタンから）</translation>
    </message>
    <message>
      <source>{category} template</source>
      <translation>{category}テンプレート</translation>
    </message>
    <message>
      <source>Free-form reply</source>
      <translation>自由形式の返信</translation>
    </message>
    <message>
      <source>not delivered</source>
      <translation>未配信</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <source>Replay history</source>
      <translation>履歴を再計算</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Not replayed yet</source>
      <translation>まだ再計算していません</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV を書き出す…</translation>
    </message>
    <message>
      <source>Export PDF report…</source>
      <translation>PDF レポートを書き出す…</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <source>History needs the app's database, and none is open here. Start WABA Desk normally (sandbox or live) to replay your messages; the Scenario and Explain tabs work without it.</source>
      <translation>履歴にはアプリのデータベースが必要ですが、ここでは開かれていません。WABA Desk を通常どおり（サンドボックスまたはライブで）起動すると、メッセージを再計算できます。「シナリオ」と「説明」タブはデータベースなしで使えます。</translation>
    </message>
    <message>
      <source>Replay bills every stored message with the rules of its day and compares the result with the billing flags Meta sent in status webhooks.</source>
      <translation>再計算では、保存されたすべてのメッセージをその日のルールで計算し、Meta がステータス Webhook で送った課金フラグと照合します。</translation>
    </message>
    <message>
      <source>WABA</source>
      <translation>WABA</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>番号</translation>
    </message>
    <message>
      <source>Era</source>
      <translation>料金体系</translation>
    </message>
    <message>
      <source>Market</source>
      <translation>市場</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>カテゴリ</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>単価</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>課金数</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金額</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>ルール</translation>
    </message>
    <message>
      <source>This month would cost</source>
      <translation>この月の費用</translation>
    </message>
    <message>
      <source>Time (UTC)</source>
      <translation>時刻 (UTC)</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <source>We say</source>
      <translation>当アプリの判定</translation>
    </message>
    <message>
      <source>Meta says</source>
      <translation>Meta の判定</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Real bill of the month</source>
      <translation>この月の実際の請求</translation>
    </message>
    <message>
      <source>What this month would have cost under each era</source>
      <translation>各料金体系でこの月にかかったはずの費用</translation>
    </message>
    <message>
      <source>This month under each era, by category</source>
      <translation>料金体系ごとのこの月の費用（カテゴリ別）</translation>
    </message>
    <message>
      <source>Reconciliation with Meta's billable flags</source>
      <translation>Meta の課金フラグとの照合</translation>
    </message>
    <message>
      <source>Reading messages…</source>
      <translation>メッセージを読み込み中…</translation>
    </message>
    <message>
      <source>Replay cancelled; nothing was changed.</source>
      <translation>再計算をキャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
      <source>The replay failed: {error}. Check the rate cards (Settings) and try again.</source>
      <translation>再計算に失敗しました: {error}。料金表（設定）を確認して、もう一度お試しください。</translation>
    </message>
    <message>
      <source>Billing… %p%</source>
      <translation>計算中… %p%</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>{n} messages replayed.</source>
      <translation>{n} 件のメッセージを再計算しました。</translation>
    </message>
    <message>
      <source>{n} message(s) left out:</source>
      <translation>{n} 件のメッセージを除外しました:</translation>
    </message>
    <message>
      <source>* some rates are unverified rate-card figures.</source>
      <translation>* 一部の単価は未検証の料金表の値です。</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合計</translation>
    </message>
    <message>
      <source>{checked} messages with Meta's pricing checked, {n} mismatch(es).</source>
      <translation>Meta の課金情報付きメッセージ {checked} 件を照合し、不一致は {n} 件です。</translation>
    </message>
    <message>
      <source>billable</source>
      <translation>課金対象</translation>
    </message>
    <message>
      <source>free</source>
      <translation>無料</translation>
    </message>
    <message>
      <source>Export charges as CSV</source>
      <translation>課金を CSV で書き出す</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <source>Export PDF report</source>
      <translation>PDF レポートを書き出す</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <source>WhatsApp bill for {month}</source>
      <translation>{month} の WhatsApp 請求</translation>
    </message>
  </context>
  <context>
    <name>PricingHistory</name>
    <message>
      <source>{waba} is billed in {currency}, which has no rate card here; its figures are in {fallback}. Import Meta's {currency} card for exact amounts.</source>
      <translation>{waba} の請求通貨 {currency} の料金表がないため、金額は {fallback} で表示しています。正確な金額には Meta の {currency} 料金表を取り込んでください。</translation>
    </message>
  </context>
  <context>
    <name>PricingLabels</name>
    <message>
      <source>Conversations 2022</source>
      <translation>会話課金 2022</translation>
    </message>
    <message>
      <source>Conversations 2023</source>
      <translation>会話課金 2023</translation>
    </message>
    <message>
      <source>Conversations Nov 2024</source>
      <translation>会話課金 2024年11月</translation>
    </message>
    <message>
      <source>Per message Jul 2025</source>
      <translation>メッセージ課金 2025年7月</translation>
    </message>
    <message>
      <source>Per message Oct 2026</source>
      <translation>メッセージ課金 2026年10月</translation>
    </message>
    <message>
      <source>As billed (era of each message)</source>
      <translation>実際の請求（各メッセージ時点の料金体系）</translation>
    </message>
    <message>
      <source>CBP 2022</source>
      <translation>CBP 2022</translation>
    </message>
    <message>
      <source>CBP 2023</source>
      <translation>CBP 2023</translation>
    </message>
    <message>
      <source>CBP 11/2024</source>
      <translation>CBP 2024/11</translation>
    </message>
    <message>
      <source>PMP 7/2025</source>
      <translation>PMP 2025/7</translation>
    </message>
    <message>
      <source>PMP 10/2026</source>
      <translation>PMP 2026/10</translation>
    </message>
    <message>
      <source>As billed</source>
      <translation>実際の請求</translation>
    </message>
    <message>
      <source>Conversation-based, user/business-initiated (Feb 2022 - May 2023)</source>
      <translation>会話ベース、ユーザー／ビジネス開始（2022年2月〜2023年5月）</translation>
    </message>
    <message>
      <source>Conversation-based, four categories (Jun 2023 - Oct 2024)</source>
      <translation>会話ベース、4 カテゴリ（2023年6月〜2024年10月）</translation>
    </message>
    <message>
      <source>Conversation-based, free service (Nov 2024 - Jun 2025)</source>
      <translation>会話ベース、サービス無料（2024年11月〜2025年6月）</translation>
    </message>
    <message>
      <source>Per-message, utility free in the window (Jul 2025 - Sep 2026)</source>
      <translation>メッセージ単位、ウィンドウ内のユーティリティ無料（2025年7月〜2026年9月）</translation>
    </message>
    <message>
      <source>Per-message, service and in-window utility charged (from Oct 2026)</source>
      <translation>メッセージ単位、サービスとウィンドウ内ユーティリティも課金（2026年10月から）</translation>
    </message>
    <message>
      <source>Marketing</source>
      <translation>マーケティング</translation>
    </message>
    <message>
      <source>Utility</source>
      <translation>ユーティリティ</translation>
    </message>
    <message>
      <source>Authentication</source>
      <translation>認証</translation>
    </message>
    <message>
      <source>Authentication (international)</source>
      <translation>認証（国際）</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>サービス</translation>
    </message>
    <message>
      <source>Business-initiated</source>
      <translation>ビジネス開始</translation>
    </message>
    <message>
      <source>User-initiated</source>
      <translation>ユーザー開始</translation>
    </message>
    <message>
      <source>Free entry point</source>
      <translation>無料エントリーポイント</translation>
    </message>
  </context>
  <context>
    <name>PricingPage</name>
    <message>
      <source>The rate cards could not be loaded ({error}). Reinstall WABA Desk or import Meta's rate-card CSV in Settings.</source>
      <translation>料金表を読み込めませんでした（{error}）。WABA Desk を再インストールするか、設定で Meta の料金表 CSV を取り込んでください。</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>シナリオ</translation>
    </message>
    <message>
      <source>History</source>
      <translation>履歴</translation>
    </message>
    <message>
      <source>Explain</source>
      <translation>説明</translation>
    </message>
    <message>
      <source>Rate cards</source>
      <translation>料金表</translation>
    </message>
    <message>
      <source>Needs the app's database</source>
      <translation>アプリのデータベースが必要です</translation>
    </message>
  </context>
  <context>
    <name>RateCardsTab</name>
    <message>
      <source>Card</source>
      <translation>料金表</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>適用開始</translation>
    </message>
    <message>
      <source>Era</source>
      <translation>料金体系</translation>
    </message>
    <message>
      <source>Markets</source>
      <translation>市場数</translation>
    </message>
    <message>
      <source>Unverified figures</source>
      <translation>未検証の値</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>出典</translation>
    </message>
    <message>
      <source>e.g. JPY</source>
      <translation>例: JPY</translation>
    </message>
    <message>
      <source>Import Meta CSV…</source>
      <translation>Meta の CSV を取り込む…</translation>
    </message>
    <message>
      <source>Effective from</source>
      <translation>適用開始日</translation>
    </message>
    <message>
      <source>Import a rate card</source>
      <translation>料金表の取り込み</translation>
    </message>
    <message>
      <source>Download Meta's rate-card CSV for your billing currency from the WhatsApp pricing page, then import it here. Cards must list every market.</source>
      <translation>WhatsApp の料金ページから請求通貨の料金表 CSV をダウンロードし、ここで取り込んでください。すべての市場が含まれている必要があります。</translation>
    </message>
    <message>
      <source>edited</source>
      <translation>件編集</translation>
    </message>
    <message>
      <source>Figures confirmed by one source only, or entered by hand.</source>
      <translation>出典が 1 つしかない値、または手入力された値です。</translation>
    </message>
    <message>
      <source>Meta rate-card CSV</source>
      <translation>Meta の料金表 CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <source>Type the card's currency first (three letters, e.g. JPY).</source>
      <translation>先に料金表の通貨を入力してください（3 文字、例: JPY）。</translation>
    </message>
    <message>
      <source>Not imported, nothing changed: {error}</source>
      <translation>取り込めませんでした。何も変更されていません: {error}</translation>
    </message>
    <message>
      <source>Imported {card} ({n} markets).</source>
      <translation>{card} を取り込みました（{n} 市場）。</translation>
    </message>
  </context>
  <context>
    <name>ScenarioTab</name>
    <message>
      <source>Add market</source>
      <translation>市場を追加</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>選択を削除</translation>
    </message>
    <message>
      <source>e.g. JPY</source>
      <translation>例: JPY</translation>
    </message>
    <message>
      <source>off</source>
      <translation>オフ</translation>
    </message>
    <message>
      <source>Messages per conversation</source>
      <translation>会話あたりのメッセージ数</translation>
    </message>
    <message>
      <source>Customer-started conversations</source>
      <translation>顧客から始まる会話</translation>
    </message>
    <message>
      <source>Utility templates sent inside the window</source>
      <translation>ウィンドウ内で送るユーティリティテンプレート</translation>
    </message>
    <message>
      <source>Customer-started via click-to-WhatsApp ads</source>
      <translation>WhatsApp 誘導広告からの顧客開始</translation>
    </message>
    <message>
      <source>Growth per month</source>
      <translation>月あたりの成長率</translation>
    </message>
    <message>
      <source>Business phone numbers</source>
      <translation>ビジネス電話番号の数</translation>
    </message>
    <message>
      <source>Business messages per month, by market and category</source>
      <translation>月あたりのビジネスメッセージ数（市場・カテゴリ別）</translation>
    </message>
    <message>
      <source>Marketing, utility and authentication: templates sent. Service: free-form replies to customers. Double-click a cell to edit.</source>
      <translation>マーケティング・ユーティリティ・認証: 送信するテンプレート数。サービス: 顧客への自由形式の返信数。セルをダブルクリックで編集します。</translation>
    </message>
    <message>
      <source>How your conversations go</source>
      <translation>会話の傾向</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <source>Rate card currency</source>
      <translation>料金表の通貨</translation>
    </message>
    <message>
      <source>per 1 unit:</source>
      <translation>1 単位あたり:</translation>
    </message>
    <message>
      <source>Also show in</source>
      <translation>併記する通貨</translation>
    </message>
    <message>
      <source>Converted amounts are estimates at the rate you enter; Meta bills the card.</source>
      <translation>換算額は入力したレートによる概算です。Meta は料金表の通貨で請求します。</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <source>Era</source>
      <translation>料金体系</translation>
    </message>
    <message>
      <source>Next month</source>
      <translation>来月</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>料金表</translation>
    </message>
    <message>
      <source>Market</source>
      <translation>市場</translation>
    </message>
    <message>
      <source>Next month by category, per era</source>
      <translation>料金体系ごとの来月の費用（カテゴリ別）</translation>
    </message>
    <message>
      <source>Next 12 months, per era</source>
      <translation>今後 12 か月（料金体系別）</translation>
    </message>
    <message>
      <source>Months from now</source>
      <translation>何か月後</translation>
    </message>
    <message>
      <source>Difference between eras</source>
      <translation>料金体系間の差</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV を書き出す…</translation>
    </message>
    <message>
      <source>Export PDF report…</source>
      <translation>PDF レポートを書き出す…</translation>
    </message>
    <message>
      <source>Typical small shop (Japan)</source>
      <translation>一般的な小売店（日本）</translation>
    </message>
    <message>
      <source>Clinic with appointment reminders</source>
      <translation>予約リマインダーを送るクリニック</translation>
    </message>
    <message>
      <source>E-commerce store (several markets)</source>
      <translation>EC ストア（複数市場）</translation>
    </message>
    <message>
      <source>no card</source>
      <translation>料金表なし</translation>
    </message>
    <message>
      <source>&lt;b&gt;Cannot estimate:&lt;/b&gt; {error}. Pick another currency or fix the input.</source>
      <translation>&lt;b&gt;見積もれません:&lt;/b&gt; {error}。別の通貨を選ぶか、入力を修正してください。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Next month ({month})&lt;/b&gt; under today's rules ({era}): &lt;b&gt;{total}&lt;/b&gt;</source>
      <translation>&lt;b&gt;来月（{month}）&lt;/b&gt;の現行ルール（{era}）での費用: &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>CBP: conversation-based pricing; PMP: per-message pricing.</source>
      <translation>CBP: 会話ベースの料金、PMP: メッセージ単位の料金。</translation>
    </message>
    <message>
      <source>* includes rate-card figures that are unverified (one source only).</source>
      <translation>* 未検証（出典が 1 つのみ）の料金表の値を含みます。</translation>
    </message>
    <message>
      <source>≈ amounts in {code} are estimates at 1 {cur} = {rate} {code}.</source>
      <translation>≈ の {code} 金額は 1 {cur} = {rate} {code} での概算です。</translation>
    </message>
    <message>
      <source>No rate for: {items}.</source>
      <translation>単価がありません: {items}。</translation>
    </message>
    <message>
      <source>Difference to {era} (per month)</source>
      <translation>{era} との差（月あたり）</translation>
    </message>
    <message>
      <source>Export charges as CSV</source>
      <translation>課金を CSV で書き出す</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <source>Export PDF report</source>
      <translation>PDF レポートを書き出す</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>カテゴリ</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金額</translation>
    </message>
    <message>
      <source>WhatsApp pricing scenario for {month}</source>
      <translation>{month} の WhatsApp 料金シナリオ</translation>
    </message>
  </context>
  <context>
    <name>VolumeTableModel</name>
    <message>
      <source>Auth.</source>
      <translation>認証</translation>
    </message>
  </context>
  <context>
    <name>Pricing</name>
    <message>
      <source>The customer wrote: a 24-hour customer service window is open.</source>
      <translation>顧客がメッセージを送りました: 24 時間のカスタマーサービスウィンドウが開いています。</translation>
    </message>
    <message>
      <source>Messages from customers are never charged.</source>
      <translation>顧客からのメッセージは課金されません。</translation>
    </message>
    <message>
      <source>Not delivered, so not charged.</source>
      <translation>配信されなかったため、課金されません。</translation>
    </message>
    <message>
      <source>Rejected: a free-form message needs an open customer service window; send an approved template instead.</source>
      <translation>拒否: 自由形式のメッセージにはカスタマーサービスウィンドウが開いている必要があります。承認済みテンプレートを送ってください。</translation>
    </message>
    <message>
      <source>Reply within 24 hours to a click-to-WhatsApp ad or Page button: a free 72-hour entry point window opens.</source>
      <translation>WhatsApp 誘導広告またはページのボタンに 24 時間以内に返信: 72 時間の無料エントリーポイントウィンドウが開きます。</translation>
    </message>
    <message>
      <source>Inside the free entry point window: every message is free.</source>
      <translation>無料エントリーポイントウィンドウ内: すべてのメッセージが無料です。</translation>
    </message>
    <message>
      <source>Inside an open {category} conversation: no new charge.</source>
      <translation>開いている{category}会話の中: 新たな課金はありません。</translation>
    </message>
    <message>
      <source>Opens a 24-hour {category} conversation, charged at the {market} rate.</source>
      <translation>24 時間の{category}会話を開始し、{market} の料金で課金されます。</translation>
    </message>
    <message>
      <source>Opens a {category} conversation, free: within the monthly free tier ({used} of {limit}).</source>
      <translation>{category}会話を開始、無料: 月間無料枠の範囲内です（{limit} 件中 {used} 件目）。</translation>
    </message>
    <message>
      <source>Opens a service conversation, free: service conversations are free since November 2024.</source>
      <translation>サービス会話を開始、無料: 2024年11月からサービス会話は無料です。</translation>
    </message>
    <message>
      <source>Delivered {category} template: charged per message at the {market} rate.</source>
      <translation>配信された{category}テンプレート: {market} の料金でメッセージごとに課金されます。</translation>
    </message>
    <message>
      <source>Delivered {category} template #{ordinal} this month: volume-tier rate for {market}.</source>
      <translation>今月 {ordinal} 件目の{category}テンプレート: {market} のボリューム段階料金です。</translation>
    </message>
    <message>
      <source>Non-template message inside the customer service window: free.</source>
      <translation>カスタマーサービスウィンドウ内のテンプレート以外のメッセージ: 無料。</translation>
    </message>
    <message>
      <source>Utility template inside the customer service window: free (July 2025 to September 2026).</source>
      <translation>カスタマーサービスウィンドウ内のユーティリティテンプレート: 無料（2025年7月〜2026年9月）。</translation>
    </message>
    <message>
      <source>Inside a utility conversation opened before per-message pricing: free.</source>
      <translation>メッセージ単位料金の前に開いたユーティリティ会話の中: 無料。</translation>
    </message>
    <message>
      <source>Service reply: charged per message from October 2026 at the {market} rate.</source>
      <translation>サービス返信: 2026年10月から {market} の料金でメッセージごとに課金されます。</translation>
    </message>
    <message>
      <source>Service reply: free within the monthly allowance ({used} of {limit}, unverified).</source>
      <translation>サービス返信: 月間無料枠の範囲内で無料です（{limit} 件中 {used} 件目、未検証）。</translation>
    </message>
  </context>
</TS>