<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountAlerts</name>
    <message>
        <source>Quality is now medium. Check recent templates and campaigns for blocks and reports, and send less marketing until it recovers.</source>
        <translation>品質は「中」になりました。最近のテンプレートとキャンペーンがブロックや報告を受けていないか確認し、回復するまでマーケティングの送信を減らしてください。</translation>
    </message>
    <message>
        <source>Quality is now low: Meta may lower the messaging limit. Pause campaigns, check recent templates for blocks and reports, and message only customers who expect it.</source>
        <translation>品質は「低」になりました。Metaがメッセージ送信上限を下げる可能性があります。キャンペーンを一時停止し、最近のテンプレートがブロックや報告を受けていないか確認し、連絡を待っているお客様にだけ送信してください。</translation>
    </message>
    <message>
        <source>Quality of {number} dropped</source>
        <translation>{number}の品質が下がりました</translation>
    </message>
    <message>
        <source>{waba} was disabled by Meta</source>
        <translation>{waba}がMetaにより無効化されました</translation>
    </message>
    <message>
        <source>{waba} was restricted by Meta</source>
        <translation>{waba}がMetaにより制限されました</translation>
    </message>
    <message>
        <source>Open Numbers to see what is limited and what to do; Meta explains the violation in WhatsApp Manager → Account quality.</source>
        <translation>何が制限され、どうすればよいかは「電話番号」ページで確認できます。違反の内容はWhatsAppマネージャ →「アカウントクオリティ」でMetaが説明しています。</translation>
    </message>
</context>
<context>
    <name>AddNumberDialog</name>
    <message>
        <source>Add a phone number</source>
        <translation>電話番号を追加</translation>
    </message>
    <message>
        <source>Close (you can continue later)</source>
        <translation>閉じる（後で続きから再開できます）</translation>
    </message>
    <message>
        <source>+81 90-1234-5678</source>
        <translation>+81 90-1234-5678</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>The number must belong to your business, have a country and area code, and receive an SMS or a phone call. It must not be active in the WhatsApp or WhatsApp Business app: delete that account first. To keep using it in the WhatsApp Business app as well (coexistence), connect it through a provider instead.</source>
        <translation>番号はあなたのビジネスのもので、国番号と市外局番があり、SMS か電話を受けられる必要があります。WhatsApp や WhatsApp Business アプリで使用中であってはいけません。先にそのアカウントを削除してください。WhatsApp Business アプリでも使い続けたい場合（共存）は、代わりにプロバイダー経由で接続してください。</translation>
    </message>
    <message>
        <source>Business app or API?</source>
        <translation>Business アプリか API か？</translation>
    </message>
    <message>
        <source>Add the number</source>
        <translation>番号を追加</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>テキストメッセージ（SMS）</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>音声通話</translation>
    </message>
    <message>
        <source>Send the code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>認証コード</translation>
    </message>
    <message>
        <source>Register the number</source>
        <translation>番号を登録</translation>
    </message>
    <message>
        <source>Two-step verification PIN</source>
        <translation>2段階認証のPIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>同じ PIN をもう一度</translation>
    </message>
    <message>
        <source>Choose a 6-digit two-step verification PIN; Meta asks for it whenever the number is registered again. If the number already has a PIN, type that one. Forgotten? Reset it in WhatsApp Manager (Phone numbers → Settings → Two-step verification) and come back.</source>
        <translation>6 桁の2段階認証のPINを決めてください。番号を登録し直すたびに Meta が求めます。すでに PIN がある番号なら、その PIN を入力してください。忘れた場合は WhatsAppマネージャ（電話番号 → 設定 → 2段階認証）でリセットしてから戻ってきてください。</translation>
    </message>
    <message>
        <source>1. The number</source>
        <translation>1. 番号</translation>
    </message>
    <message>
        <source>2. Verification code</source>
        <translation>2. 認証コード</translation>
    </message>
    <message>
        <source>3. Register</source>
        <translation>3. 登録</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Meta sends a 6-digit code to {number}. Choose how:</source>
        <translation>Meta が {number} に 6 桁のコードを送ります。受け取り方を選んでください：</translation>
    </message>
    <message>
        <source>{number} is registered. Meta now reviews the display name “{name}”; the number shows the outcome in the list. Until it is approved, messages may show the number instead of the name.</source>
        <translation>{number} を登録しました。Meta が表示名「{name}」を審査します。結果は一覧の番号に表示されます。承認されるまでは、メッセージに名前ではなく番号が表示されることがあります。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Will be added as {number}</source>
        <translation>{number} として追加されます</translation>
    </message>
    <message>
        <source>The name customers see; Meta reviews it after registration.</source>
        <translation>お客様に表示される名前です。登録後に Meta が審査します。</translation>
    </message>
    <message>
        <source>You can ask for another code in {seconds} s</source>
        <translation>あと {seconds} 秒で別のコードをリクエストできます</translation>
    </message>
    <message>
        <source>Code sent. Didn&apos;t arrive? Send it again or choose a phone call.</source>
        <translation>コードを送りました。届かない場合はもう一度送るか、音声通話を選んでください。</translation>
    </message>
</context>
<context>
    <name>AddWaba</name>
    <message>
        <source>The access token is not valid any more (expired or revoked). In Meta Business Settings → Users → System users, generate a new token and paste it in Settings.</source>
        <translation>アクセストークンが無効になっています(期限切れまたは取り消し)。Metaのビジネス設定 → ユーザー → システムユーザーで新しいトークンを生成し、設定に貼り付けてください。</translation>
    </message>
    <message>
        <source>A WhatsApp Business Account id is digits only. Copy it from WhatsApp Manager → Account tools → Business info, or from Business Settings → Accounts → WhatsApp accounts.</source>
        <translation>WhatsAppビジネスアカウントのIDは数字のみです。WhatsAppマネージャ → アカウントツール → ビジネス情報、またはビジネス設定 → アカウント → WhatsAppアカウントからコピーしてください。</translation>
    </message>
    <message>
        <source>The token lacks the permission {permission}. In Business Settings → Users → System users, choose the system user, press “Generate new token”, tick {permission} and paste the new token in Settings.</source>
        <translation>トークンに {permission} 権限がありません。ビジネス設定 → ユーザー → システムユーザーでシステムユーザーを選び、「新しいトークンを生成」を押して {permission} にチェックを入れ、新しいトークンを設定に貼り付けてください。</translation>
    </message>
    <message>
        <source>The token&apos;s {permission} permission does not reach account {waba}: the system user was not assigned it. In Business Settings → Users → System users → Assign assets, choose WhatsApp accounts, tick {waba} with full control, then try again (the token stays the same).</source>
        <translation>トークンの {permission} 権限がアカウント {waba} に届いていません。システムユーザーにこのアカウントが割り当てられていません。ビジネス設定 → ユーザー → システムユーザー → アセットを割り当てで、WhatsAppアカウントの {waba} をフルコントロールで選んでから、もう一度お試しください(トークンはそのままで使えます)。</translation>
    </message>
    <message>
        <source>Meta can&apos;t show account {waba} to this token: either the id is wrong, or the system user was not assigned this WhatsApp account. Check the id, then in Business Settings → Users → System users → Assign assets, give it the account with full control.</source>
        <translation>Metaはこのトークンにアカウント {waba} を表示できません。IDが間違っているか、システムユーザーにこのWhatsAppアカウントが割り当てられていません。IDを確認し、ビジネス設定 → ユーザー → システムユーザー → アセットを割り当てで、このアカウントをフルコントロールで割り当ててください。</translation>
    </message>
    <message>
        <source>Meta refused to show account {waba}: the token lacks a permission for it. Generate a new token with whatsapp_business_management and whatsapp_business_messaging ticked.</source>
        <translation>Metaはアカウント {waba} の表示を拒否しました。トークンに必要な権限がありません。whatsapp_business_management と whatsapp_business_messaging にチェックを入れて新しいトークンを生成してください。</translation>
    </message>
</context>
<context>
    <name>AdminLock</name>
    <message>
        <source>Switch person…</source>
        <translation>担当者を切り替え…</translation>
    </message>
    <message>
        <source>Only an admin can change this page ({names}). If that is you, switch to your profile; otherwise ask them.</source>
        <translation>このページを変更できるのは管理者（{names}）だけです。あなたが管理者なら自分のプロフィールに切り替え、そうでなければ管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>AgentChannelsEditor</name>
    <message>
        <source>Whose channels to change</source>
        <translation>チャネルを変更する担当者</translation>
    </message>
    <message>
        <source>Only the ticked channels&apos; conversations, unread counts, notifications and search results reach this person. Changes apply at once.</source>
        <translation>チェックしたチャネルの会話・未読数・通知・検索結果だけがこの担当者に表示されます。変更はすぐに反映されます。</translation>
    </message>
    <message>
        <source>Every channel, also channels added later</source>
        <translation>すべてのチャネル(今後追加されるチャネルも含む)</translation>
    </message>
    <message>
        <source>{channel} ({number})</source>
        <translation>{channel}({number})</translation>
    </message>
    <message>
        <source>The channels were not changed: the database did not answer. Try again in a moment.</source>
        <translation>チャネルは変更されませんでした。データベースが応答しません。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>AppOrApiHelp</name>
    <message>
        <source>WhatsApp Business app or the API?</source>
        <translation>WhatsApp Business アプリか API か？</translation>
    </message>
    <message>
        <source>The WhatsApp Business app</source>
        <translation>WhatsApp Business アプリ</translation>
    </message>
    <message>
        <source>Free, on one phone (plus linked devices). Good when a few people answer customers by hand: catalogue, quick replies, labels and away messages. No automation beyond that and no shared inbox for a team on several PCs.</source>
        <translation>無料で、1 台のスマートフォン（とリンクしたデバイス）で使えます。少人数が手作業でお客様に返信するなら十分です：カタログ、クイック返信、ラベル、不在メッセージ。それ以上の自動化や、複数の PC で使うチーム用の共有受信トレイはありません。</translation>
    </message>
    <message>
        <source>The WhatsApp Business Platform (the API, what WABA Desk uses)</source>
        <translation>WhatsApp Business Platform（API。WABA Desk が使うもの）</translation>
    </message>
    <message>
        <source>Several people and several numbers in one inbox, templates for messages you start (reminders, receipts, offers), up to 80 messages a second per number (1,000 after Meta&apos;s upgrade), webhooks into your own systems. Answering a customer within 24 hours of their message is free; messages you start with a template are paid per message. The number can&apos;t be used in the WhatsApp app at the same time, unless it is shared (below).</source>
        <translation>複数の人と複数の番号を 1 つの受信トレイで扱え、こちらから始めるメッセージ（リマインダー、領収書、お知らせ）にはテンプレートを使います。番号ごとに毎秒 80 件まで（Meta による引き上げ後は 1,000 件）送信でき、Webhook で自社のシステムにつなげます。お客様のメッセージから 24 時間以内の返信は無料、テンプレートで始めるメッセージは 1 通ごとに課金されます。共有（下記）しない限り、同じ番号を WhatsApp アプリで同時には使えません。</translation>
    </message>
    <message>
        <source>Both on one number (coexistence)</source>
        <translation>1 つの番号で両方（共存）</translation>
    </message>
    <message>
        <source>A number already in the WhatsApp Business app can also be connected to the API through a provider, keeping the app on the phone. Chats appear in both; the number sends at most 20 messages a second. It is onboarded through the provider&apos;s sign-up, not by adding the number here.</source>
        <translation>WhatsApp Business アプリで使っている番号も、スマートフォンのアプリを残したままプロバイダー経由で API に接続できます。チャットは両方に表示され、送信は毎秒 20 件までです。ここで番号を追加するのではなく、プロバイダーの申し込み手続きで接続します。</translation>
    </message>
    <message>
        <source>What a number needs for the API</source>
        <translation>API で使う番号の条件</translation>
    </message>
    <message>
        <source>It belongs to your business, has a country and area code (no short codes), can receive an SMS or a phone call for the code, and is not active in the WhatsApp or WhatsApp Business app (delete the account there first, or use coexistence). Moving a number from another provider keeps its display name: turn off two-step verification at the old provider first.</source>
        <translation>あなたのビジネスの番号で、国番号と市外局番があり（短縮番号は不可）、コードを SMS か電話で受け取れ、WhatsApp や WhatsApp Business アプリで使用中でないこと（先にそちらのアカウントを削除するか、共存を使います）。別のプロバイダーから番号を移行すると表示名はそのまま引き継がれます。先に以前のプロバイダーで2段階認証をオフにしてください。</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Pause simulated customers</source>
        <translation>模擬顧客を一時停止</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>API: checking…</source>
        <translation>API: 確認中…</translation>
    </message>
    <message>
        <source>● API connected</source>
        <translation>● API接続済み</translation>
    </message>
    <message>
        <source>● API unreachable</source>
        <translation>● APIに接続できません</translation>
    </message>
    <message>
        <source>Webhooks: –</source>
        <translation>Webhook: –</translation>
    </message>
    <message>
        <source>● Webhooks receiving ({n} events)</source>
        <translation>● Webhook受信中（{n}件）</translation>
    </message>
    <message>
        <source>● Webhooks not receiving</source>
        <translation>● Webhookを受信していません</translation>
    </message>
    <message>
        <source>The database answers again.</source>
        <translation>データベースに再び接続できました。</translation>
    </message>
    <message>
        <source>● Database unreachable: reconnecting… (your typing is kept)</source>
        <translation>● データベースに接続できません: 再接続中…（入力中の内容は保持されます）</translation>
    </message>
    <message>
        <source>WABA Desk cannot reach its database ({detail}). It keeps trying by itself; if this lasts, check the network or the database server.</source>
        <translation>WABA Desk がデータベースに接続できません（{detail}）。自動で接続を試み続けます。長く続く場合は、ネットワークまたはデータベースサーバーを確認してください。</translation>
    </message>
    <message>
        <source>⚠ {n} message(s) of a type WABA Desk cannot show yet</source>
        <translation>⚠ WABA Desk でまだ表示できない種類のメッセージ: {n} 件</translation>
    </message>
    <message>
        <source>They are stored as received: right-click one in its chat and choose “Show as received (JSON)”.</source>
        <translation>受信したまま保存されています。チャットでそのメッセージを右クリックし、「受信したまま表示（JSON）」を選んでください。</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Send a picture, video, audio file, document or sticker. You can also drop files here or paste a picture into the reply box.</source>
        <translation>写真、動画、音声ファイル、文書、ステッカーを送ります。ファイルをここにドロップしたり、返信欄に画像を貼り付けたりもできます。</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>ファイルを送信</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>アップロードを中止</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Files WhatsApp accepts</source>
        <translation>WhatsAppで送れるファイル</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending ({error}). Save it as a file and attach it.</source>
        <translation>貼り付けた画像を送信用に保存できませんでした（{error}）。ファイルとして保存してから添付してください。</translation>
    </message>
    <message>
        <source>One file at a time: the first one is attached.</source>
        <translation>一度に送れるファイルは1つです。最初のファイルを添付しました。</translation>
    </message>
    <message>
        <source>Upload cancelled. The file is still here: send it when ready.</source>
        <translation>アップロードを中止しました。ファイルはここに残っています。準備ができたら送信してください。</translation>
    </message>
    <message>
        <source>The upload failed: {error}. The file is still here; check the connection and press Send file to try again.</source>
        <translation>アップロードに失敗しました：{error}。ファイルはここに残っています。接続を確認し、「ファイルを送信」を押してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The file was not sent ({error}). It is still here; try again.</source>
        <translation>ファイルは送信されませんでした（{error}）。ファイルはここに残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Caption (optional)</source>
        <translation>キャプション（任意）</translation>
    </message>
    <message>
        <source>Voice notes, audio and stickers have no caption</source>
        <translation>ボイスメッセージ、音声、ステッカーにはキャプションを付けられません</translation>
    </message>
    <message>
        <source>The 24-hour window is closed: files cannot be sent until the customer writes.</source>
        <translation>24時間の返信可能時間が終了しています。お客様から連絡があるまでファイルは送れません。</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ステッカー</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Close player</source>
        <translation>プレーヤーを閉じる</translation>
    </message>
    <message>
        <source>Audio cannot be played on this computer: Qt&apos;s multimedia part is missing ({error}). On Linux install the PulseAudio library (libpulse0). You can still save the file and play it in another program.</source>
        <translation>このコンピューターでは音声を再生できません。Qtのマルチメディア機能がありません（{error}）。Linuxの場合はPulseAudioライブラリ（libpulse0）をインストールしてください。ファイルを保存して別のプログラムで再生することもできます。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>This recording cannot be played here ({error}). Save it and play it in another program.</source>
        <translation>この録音はここでは再生できません（{error}）。保存して別のプログラムで再生してください。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <source>Sticker</source>
        <translation>ステッカー</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>音声メッセージ</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>連絡先カード</translation>
    </message>
    <message>
        <source>Template “{name}” ({language})</source>
        <translation>テンプレート「{name}」（{language}）</translation>
    </message>
    <message>
        <source>System notice</source>
        <translation>システム通知</translation>
    </message>
    <message>
        <source>[{type} message]</source>
        <translation>[{type}メッセージ]</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>配信されませんでした</translation>
    </message>
    <message>
        <source>Sent from the phone</source>
        <translation>スマートフォンから送信済み</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>このメッセージは削除されました</translation>
    </message>
    <message>
        <source>edited {time}</source>
        <translation>編集済み {time}</translation>
    </message>
    <message>
        <source>A message of type “{type}” that WABA Desk cannot show yet</source>
        <extracomment>Meta&apos;s code for an inbound message it could not pass on (&quot;This message is unavailable&quot;).</extracomment>
        <translation>WABA Desk でまだ表示できない種類（{type}）のメッセージ</translation>
    </message>
    <message>
        <source>This message is unavailable. WhatsApp did not pass its content on to WABA Desk; the customer sees it as sent. If it matters, ask them what it said.</source>
        <translation>このメッセージは利用できません。WhatsApp から WABA Desk に内容が渡されませんでした。相手側では送信済みに見えています。必要であれば、何を送ったのか相手に確認してください。</translation>
    </message>
    <message>
        <source>The customer sent something WhatsApp does not pass on to business apps (for example a poll, a view-once photo or an event). It cannot be shown here; ask them on WhatsApp if you need its content.</source>
        <translation>相手が、WhatsApp がビジネス向けアプリに渡さない種類のもの（アンケート、1回だけ表示の写真、イベントなど）を送りました。ここには表示できません。内容が必要な場合は WhatsApp で相手に確認してください。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>{quantity} × {product} at {price} = {subtotal}</source>
        <translation>{product} × {quantity}（単価 {price}）= {subtotal}</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>合計: {amount}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージを送る</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>番号をコピー</translation>
    </message>
    <message>
        <source>The customer changed their phone number to +{number}. This chat continues.</source>
        <translation>相手が電話番号を +{number} に変更しました。このチャットはそのまま続きます。</translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp account changed. This chat continues.</source>
        <translation>相手の WhatsApp アカウントが変わりました。このチャットはそのまま続きます。</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>フォームの回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Allowed you to call them until {date}</source>
        <translation>{date} まで通話を許可しました</translation>
    </message>
    <message>
        <source>Allowed you to call them</source>
        <translation>通話を許可しました</translation>
    </message>
    <message>
        <source>Declined calls from you</source>
        <translation>通話を許可しませんでした</translation>
    </message>
    <message>
        <source>Right-click and choose “Show as received (JSON)” to see it</source>
        <translation>右クリックして「受信したまま表示（JSON）」を選ぶと内容を確認できます</translation>
    </message>
    <message>
        <source>No products could be read</source>
        <translation>商品を読み取れませんでした</translation>
    </message>
    <message>
        <source>Not sent: the bulk send was cancelled</source>
        <translation>未送信: 一斉送信が取り消されました</translation>
    </message>
    <message>
        <source>Open in map</source>
        <translation>地図で開く</translation>
    </message>
    <message>
        <source>Scheduled for {when}</source>
        <translation>{when} に送信予定</translation>
    </message>
    <message>
        <source>Tapped the button</source>
        <translation>ボタンをタップしました</translation>
    </message>
    <message>
        <source>Picked from the list</source>
        <translation>リストから選びました</translation>
    </message>
</context>
<context>
    <name>BubblePreview</name>
    <message>
        <source>Message preview</source>
        <translation>メッセージのプレビュー</translation>
    </message>
</context>
<context>
    <name>BubbleRenderer</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>すべてのオプションを表示</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ステッカー</translation>
    </message>
</context>
<context>
    <name>BulkCsv</name>
    <message>
        <source>This is a spreadsheet workbook (.xlsx), not a CSV file. In your spreadsheet choose Save as → CSV UTF-8, then import that file.</source>
        <translation>これは表計算のブック（.xlsx）で、CSVファイルではありません。表計算ソフトで「名前を付けて保存」→「CSV UTF-8」を選び、そのファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>This file is not text (it contains binary data). Import a CSV file: one recipient per line, columns separated by commas.</source>
        <translation>このファイルはテキストではありません（バイナリデータを含みます）。1行に1人の宛先、列をカンマで区切ったCSVファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read (it is neither UTF-8 nor Shift-JIS). Save it again as CSV UTF-8.</source>
        <translation>ファイルの文字を読み取れません（UTF-8でもShift-JISでもありません）。CSV UTF-8で保存し直してください。</translation>
    </message>
    <message>
        <source>The file is {size} MB; a recipients file may be at most {limit} MB ({rows} rows). Split it into smaller files.</source>
        <translation>ファイルは{size} MBです。宛先ファイルは最大{limit} MB（{rows}行）までです。小さなファイルに分けてください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV ({error}). Save it again as CSV UTF-8.</source>
        <translation>ファイルをCSVとして読み取れません（{error}）。CSV UTF-8で保存し直してください。</translation>
    </message>
    <message>
        <source>The file has {count} columns; at most {limit} are read. Keep the number and the template&apos;s values only.</source>
        <translation>ファイルに{count}列あります。読み込めるのは最大{limit}列です。番号とテンプレートの値の列だけにしてください。</translation>
    </message>
    <message>
        <source>The first line must name the columns (for example: phone,name,order), but it holds values. Add a line of column names and import again.</source>
        <translation>1行目には列の名前（例: phone,name,order）が必要ですが、値が入っています。列名の行を追加して読み込み直してください。</translation>
    </message>
    <message>
        <source>This line has {cells} cells but the first line names {columns} columns.</source>
        <translation>この行のセルは{cells}個ですが、1行目の列は{columns}個です。</translation>
    </message>
    <message>
        <source>Every column needs its own name in the first line; names are missing or repeated ({columns}).</source>
        <translation>1行目で列ごとに別々の名前が必要です。名前が抜けているか重複しています（{columns}）。</translation>
    </message>
    <message>
        <source>The file names its columns but has no recipients.</source>
        <translation>列の名前はありますが、宛先がありません。</translation>
    </message>
    <message>
        <source>The file has {count} recipients; one bulk send takes at most {limit}. Split it into smaller files.</source>
        <translation>ファイルに{count}件の宛先があります。1回の一括送信は最大{limit}件までです。小さなファイルに分けてください。</translation>
    </message>
    <message>
        <source>A cell on this line is longer than {limit} characters.</source>
        <translation>この行に{limit}文字を超えるセルがあります。</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>Header value</source>
        <translation>ヘッダーの値</translation>
    </message>
    <message>
        <source>Header {kind} link (https)</source>
        <translation>ヘッダーの{kind}のリンク（https）</translation>
    </message>
    <message>
        <source>“{label}” link ending</source>
        <translation>「{label}」リンクの末尾</translation>
    </message>
    <message>
        <source>Offer code</source>
        <translation>クーポンコード</translation>
    </message>
    <message>
        <source>Known only by username ({username}): a bulk send needs a phone number.</source>
        <translation>ユーザー名（{username}）しか分かりません。一括送信には電話番号が必要です。</translation>
    </message>
    <message>
        <source>No value for {variable}: “{column}” is empty.</source>
        <translation>{variable}の値がありません: 「{column}」が空です。</translation>
    </message>
    <message>
        <source>No value for {variable}.</source>
        <translation>{variable}の値がありません。</translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation>電話番号がありません。</translation>
    </message>
    <message>
        <source>“{number}” is not a valid phone number. Write it with the country code, for example +81 90 1234 5678.</source>
        <translation>「{number}」は有効な電話番号ではありません。国番号を付けて書いてください（例: +81 90 1234 5678）。</translation>
    </message>
    <message>
        <source>This is the sending number itself.</source>
        <translation>送信元の番号そのものです。</translation>
    </message>
    <message>
        <source>Same number as row {row}: it is sent once, to that row.</source>
        <translation>{row}行目と同じ番号です。その行に1回だけ送信します。</translation>
    </message>
</context>
<context>
    <name>BulkProgressView</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>残りを中止</translation>
    </message>
    <message>
        <source>Recipients not sent to yet are not sent to; sent messages stay sent.</source>
        <translation>まだ送っていない宛先には送りません。送ったメッセージはそのままです。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>{state}: {template} to the recipients of {source}</source>
        <translation>{state}: {source}の宛先へ{template}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Sent {sent} · Failed {failed} · Not known {uncertain} · In the outbox {sending} · Waiting {waiting} · Cancelled {cancelled}</source>
        <translation>送信 {sent} · 失敗 {failed} · 不明 {uncertain} · 送信トレイ {sending} · 待機 {waiting} · 中止 {cancelled}</translation>
    </message>
    <message>
        <source>{count} recipients stopped marketing messages in WhatsApp and were skipped.</source>
        <translation>{count}人の宛先はWhatsAppでマーケティングメッセージを停止しているため、送信しませんでした。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>The connection broke during the send: {n} messages WhatsApp never reported were sent again once; the others were confirmed by WhatsApp&apos;s reports.</source>
        <translation>送信中に接続が切れました。WhatsAppから報告のなかった{n}件のメッセージを1回だけ再送しました。それ以外はWhatsAppの報告で届いたことを確認済みです。</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>The bulk send was cancelled before this was sent.</source>
        <extracomment>A queued message taken back before it went out (a cancelled bulk send): status ``withdrawn`` (``failed`` with this advice in rows older than that status). It was never sent and the user chose not to send it, so it is not offered again like a failure.</extracomment>
        <translation>送信前に一括送信が中止されました。</translation>
    </message>
    <message>
        <source>{title} ({code}) — {advice}</source>
        <translation>{title}（{code}）— {advice}</translation>
    </message>
    <message>
        <source>The connection broke while this was sent and WhatsApp never reported it, while it reported the messages sent after it, so it was sent again once.</source>
        <translation>送信中に接続が切れ、このメッセージについてWhatsAppから報告がありませんでした(後に送ったメッセージは報告済み)。そのため1回だけ再送しました。</translation>
    </message>
    <message>
        <source>WhatsApp cannot be reached at the moment: {n} messages wait and go out by themselves when the connection is back. Nobody gets a message twice.</source>
        <translation>現在WhatsAppに接続できません。{n}件のメッセージが待機中で、接続が戻ると自動的に送信されます。同じ人に2回届くことはありません。</translation>
    </message>
    <message>
        <source>The connection broke while {n} messages were sent: waiting for WhatsApp&apos;s reports to tell whether they arrived, before any is sent again.</source>
        <translation>{n}件のメッセージの送信中に接続が切れました。再送する前に、届いたかどうかをWhatsAppの報告で確認しています。</translation>
    </message>
</context>
<context>
    <name>BulkSendWindow</name>
    <message>
        <source>Bulk send</source>
        <translation>一括送信</translation>
    </message>
    <message>
        <source>New bulk send</source>
        <translation>新しい一括送信</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>A running bulk send goes on when this window is closed.</source>
        <translation>このウィンドウを閉じても、実行中の一括送信は続きます。</translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation>CSVファイル</translation>
    </message>
    <message>
        <source>Contacts of this number</source>
        <translation>この番号の連絡先</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ファイルが選ばれていません</translation>
    </message>
    <message>
        <source>This number&apos;s account has no approved template yet. Create one in Templates.</source>
        <translation>この番号のアカウントには承認済みテンプレートがまだありません。テンプレートで作成してください。</translation>
    </message>
    <message>
        <source>Choose which column fills each of the template&apos;s values.</source>
        <translation>テンプレートの各値にどの列を使うか選んでください。</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>行を確認</translation>
    </message>
    <message>
        <source>Number column</source>
        <translation>番号の列</translation>
    </message>
    <message>
        <source>Name column</source>
        <translation>名前の列</translation>
    </message>
    <message>
        <source>With label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Send from</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>承認済みテンプレート</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>すべてのラベル</translation>
    </message>
    <message>
        <source>(test number)</source>
        <translation>（テスト番号）</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>宛先を読み込む</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSVファイル (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file cannot be opened: {error}</source>
        <translation>ファイルを開けません: {error}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows, {columns} columns</source>
        <translation>{file}: {rows}行、{columns}列</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>連絡先の名前</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>This template cannot be read: {error}</source>
        <translation>このテンプレートを読み取れません: {error}</translation>
    </message>
    <message>
        <source>Same text for everyone…</source>
        <translation>全員に同じテキスト…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>This template has no values to fill.</source>
        <translation>このテンプレートには入力する値がありません。</translation>
    </message>
    <message>
        <source>Choose a CSV file of recipients first.</source>
        <translation>まず宛先のCSVファイルを選んでください。</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number.</source>
        <translation>電話番号の列を選んでください。</translation>
    </message>
    <message>
        <source>Choose the number to send from and a template.</source>
        <translation>送信元の番号とテンプレートを選んでください。</translation>
    </message>
    <message>
        <source>No recipients: nobody matches this choice.</source>
        <translation>宛先がありません。この条件に当てはまる人はいません。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>{ok} of {total} rows can be sent.</source>
        <translation>{total}行のうち{ok}行を送信できます。</translation>
    </message>
    <message>
        <source>{count} have a problem (listed first) and are left out.</source>
        <translation>{count}行に問題があり（先頭に表示）、送信しません。</translation>
    </message>
    <message>
        <source>{count} stopped marketing messages in WhatsApp and are skipped.</source>
        <translation>{count}人はWhatsAppでマーケティングメッセージを停止しているため、スキップします。</translation>
    </message>
    <message>
        <source>Skipped: stopped marketing messages</source>
        <translation>スキップ: マーケティングメッセージを停止中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>送信可能</translation>
    </message>
    <message>
        <source>Send to {count} recipients</source>
        <translation>{count}人に送信</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>Estimated cost: {total} ({charged} charged, {free} free).</source>
        <translation>概算費用: {total}（有料 {charged}件、無料 {free}件）。</translation>
    </message>
    <message>
        <source>{count} recipients cannot be priced (unknown market).</source>
        <translation>{count}人の宛先は料金を見積もれません（市場が不明）。</translation>
    </message>
    <message>
        <source>not known yet (sync the numbers)</source>
        <translation>まだ不明（番号を同期してください）</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>{limit} customers a day</source>
        <translation>1日あたり{limit}人</translation>
    </message>
    <message>
        <source>Messaging limit: {limit}. Reached in the last 24 hours: {used}; this send adds {new} new customers outside their 24-hour window.</source>
        <translation>メッセージ送信上限: {limit}。過去24時間に送信した相手: {used}人。この送信で、24時間の返信可能時間外の新しい相手が{new}人増えます。</translation>
    </message>
    <message>
        <source>This is over the limit: WhatsApp will not deliver the rest until the 24 hours have passed. Send to fewer recipients, or later.</source>
        <translation>上限を超えています。24時間が過ぎるまでWhatsAppは残りを配信しません。宛先を減らすか、後で送信してください。</translation>
    </message>
</context>
<context>
    <name>BusinessProfile</name>
    <message>
        <source>Write a short about text (required).</source>
        <translation>短い自己紹介文を書いてください（必須）。</translation>
    </message>
    <message>
        <source>{count} characters: shorten it to {limit} at most.</source>
        <translation>{count} 文字です。{limit} 文字以内に短くしてください。</translation>
    </message>
    <message>
        <source>This is not an email address: write it like name@example.com.</source>
        <translation>メールアドレスではありません。name@example.com のように書いてください。</translation>
    </message>
    <message>
        <source>Start the address with https:// (or http://).</source>
        <translation>アドレスは https://（または http://）で始めてください。</translation>
    </message>
    <message>
        <source>Web addresses can be 256 characters at most.</source>
        <translation>ウェブアドレスは 256 文字までです。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>一覧からカテゴリを選んでください。</translation>
    </message>
</context>
<context>
    <name>CannedReplies</name>
    <message>
        <source>first name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>agent name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>channel name</source>
        <translation>チャネル名</translation>
    </message>
    <message>
        <source>A shortcut is one word of letters, digits, - or _ (no spaces), at most 32 long.</source>
        <translation>ショートカットは文字・数字・-・_ からなる1語（空白なし、32文字以内）にしてください。</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is taken: choose another word.</source>
        <translation>ショートカット /{shortcut} は使用中です。別の語を選んでください。</translation>
    </message>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation>返信の本文を入力してください。</translation>
    </message>
    <message>
        <source>The text is longer than WhatsApp&apos;s 4,096 characters: shorten it.</source>
        <translation>本文がWhatsAppの上限4,096文字を超えています。短くしてください。</translation>
    </message>
</context>
<context>
    <name>CannedRepliesBox</name>
    <message>
        <source>Canned replies</source>
        <translation>定型返信</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>In the reply box, type / and a shortcut (or use the /… button) to insert one. They are stored in the database, so every PC of the desk shares them.</source>
        <translation>返信欄で / とショートカットを入力する（または /… ボタンを使う）と挿入できます。データベースに保存されるため、受付のすべてのPCで共有されます。</translation>
    </message>
    <message>
        <source>Saved: /{shortcut}</source>
        <translation>保存しました: /{shortcut}</translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation>定型返信を削除</translation>
    </message>
    <message>
        <source>Delete /{shortcut} for every PC of the desk?</source>
        <translation>/{shortcut} を受付のすべてのPCから削除しますか？</translation>
    </message>
    <message>
        <source>Deleted: /{shortcut}</source>
        <translation>削除しました: /{shortcut}</translation>
    </message>
</context>
<context>
    <name>CannedReplyDialog</name>
    <message>
        <source>Edit canned reply</source>
        <translation>定型返信を編集</translation>
    </message>
    <message>
        <source>Add canned reply</source>
        <translation>定型返信を追加</translation>
    </message>
    <message>
        <source>e.g. hours</source>
        <translation>例: hours</translation>
    </message>
    <message>
        <source>e.g. Opening hours</source>
        <translation>例: 営業時間</translation>
    </message>
    <message>
        <source>Placeholders filled in when the reply is inserted: {placeholders}. A value the desk does not know is left as a gap in brackets for you to fill in.</source>
        <translation>挿入時に置き換えられるプレースホルダー: {placeholders}。値が不明なものは角かっこの空欄として残るので、入力してください。</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
</context>
<context>
    <name>CannedReplyPopup</name>
    <message>
        <source>No canned replies yet: add them in Settings, then type / and a shortcut.</source>
        <translation>定型返信はまだありません。設定で追加し、/ とショートカットを入力してください。</translation>
    </message>
    <message>
        <source>No canned reply matches “/{typed}”.</source>
        <translation>「/{typed}」に一致する定型返信はありません。</translation>
    </message>
    <message>
        <source>Enter or Tab inserts, Esc closes</source>
        <translation>Enter または Tab で挿入、Esc で閉じる</translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <source>Inbox channel</source>
        <translation>受信トレイのチャネル</translation>
    </message>
    <message>
        <source>Channel name, e.g. Front desk</source>
        <translation>チャネル名(例: 受付)</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>チャネル名</translation>
    </message>
    <message>
        <source>Colour {colour}</source>
        <translation>色 {colour}</translation>
    </message>
    <message>
        <source>Save channel</source>
        <translation>チャネルを保存</translation>
    </message>
    <message>
        <source>Use another number…</source>
        <translation>別の番号に切り替え…</translation>
    </message>
    <message>
        <source>The channel moves to the other number; this number&apos;s conversations stay in the channel</source>
        <translation>チャネルを別の番号に移します。この番号の会話はチャネルに残ります</translation>
    </message>
    <message>
        <source>This number was replaced: its conversations show in the channel “{name}”, which now uses {number}.</source>
        <translation>この番号は置き換えられました。会話はチャネル「{name}」に表示されます(現在の番号: {number})。</translation>
    </message>
    <message>
        <source>The inbox shows this number&apos;s conversations under this name and colour.</source>
        <translation>受信トレイでは、この番号の会話がこの名前と色で表示されます。</translation>
    </message>
    <message>
        <source>Earlier numbers of this channel: {numbers}</source>
        <translation>このチャネルの以前の番号: {numbers}</translation>
    </message>
    <message>
        <source>Use another number</source>
        <translation>別の番号に切り替え</translation>
    </message>
    <message>
        <source>Which number should this channel use from now on? Conversations of the current number stay in the channel.</source>
        <translation>このチャネルで今後使う番号を選んでください。現在の番号の会話はチャネルに残ります。</translation>
    </message>
    <message>
        <source>Channel saved.</source>
        <translation>チャネルを保存しました。</translation>
    </message>
    <message>
        <source>The channel now uses the other number; earlier conversations stay in it.</source>
        <translation>チャネルは別の番号を使うようになりました。以前の会話もチャネルに残ります。</translation>
    </message>
</context>
<context>
    <name>ChannelFilter</name>
    <message>
        <source>All channels</source>
        <translation>すべてのチャネル</translation>
    </message>
    <message>
        <source>{channel} ({number})</source>
        <translation>{channel}({number})</translation>
    </message>
    <message>
        <source>[test number]</source>
        <translation>[テスト番号]</translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation>未読の会話はありません</translation>
    </message>
    <message>
        <source>Unread conversations: {n}</source>
        <translation>未読の会話: {n}件</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Give the channel a name.</source>
        <translation>チャネルに名前を付けてください。</translation>
    </message>
    <message>
        <source>A channel name has at most {limit} characters; this one has {n}.</source>
        <translation>チャネル名は{limit}文字までです(現在{n}文字)。</translation>
    </message>
    <message>
        <source>Choose the colour from the palette.</source>
        <translation>色はパレットから選んでください。</translation>
    </message>
    <message>
        <source>The channel uses this number already.</source>
        <translation>チャネルはすでにこの番号を使っています。</translation>
    </message>
    <message>
        <source>{number} already belongs to the channel “{name}”. Choose a number that has no channel of its own yet.</source>
        <translation>{number}はすでにチャネル「{name}」に属しています。まだチャネルのない番号を選んでください。</translation>
    </message>
    <message>
        <source>This number is not in the accounts list: refresh from WhatsApp first.</source>
        <translation>この番号はアカウント一覧にありません。先にWhatsAppから更新してください。</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>音声メッセージ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ステッカー</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>連絡先カード</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>リアクション</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>ボタンの返信</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Account change</source>
        <translation>アカウントの変更</translation>
    </message>
    <message>
        <source>Message that cannot be shown</source>
        <translation>表示できないメッセージ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message of type “{type}”</source>
        <translation>種類「{type}」のメッセージ</translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message>
        <source>Official business account (blue badge)</source>
        <translation>公式ビジネスアカウント（青いバッジ）</translation>
    </message>
    <message>
        <source>Moving a number to WABA Desk</source>
        <translation>番号を WABA Desk に移行する</translation>
    </message>
    <message>
        <source>1. At the old provider (or in the old WhatsApp Business Account), turn off two-step verification for the number.</source>
        <translation>1. 以前のプロバイダー（または以前のWhatsAppビジネスアカウント）で、その番号の2段階認証をオフにします。</translation>
    </message>
    <message>
        <source>2. Keep the same display name: it moves with the number and needs no new review.</source>
        <translation>2. 表示名は同じままにします。番号と一緒に移り、新たな審査は不要です。</translation>
    </message>
    <message>
        <source>3. Templates do not move: export them from the old account and create them again here before you switch (they need Meta&apos;s approval).</source>
        <translation>3. テンプレートは移りません。切り替える前に以前のアカウントから書き出し、ここで作り直してください（Meta の承認が必要です）。</translation>
    </message>
    <message>
        <source>4. Add the number here with “Add a number…”, verify it with a code and register it with a new two-step verification PIN.</source>
        <translation>4. ここで「番号を追加…」から番号を追加し、コードで確認して、新しい2段階認証のPINで登録します。</translation>
    </message>
    <message>
        <source>5. Conversations stored on this computer stay attached to the number.</source>
        <translation>5. このコンピューターに保存された会話は、その番号に結び付いたまま残ります。</translation>
    </message>
    <message>
        <source>An on-premises number moves to the Cloud API the same way: it then sends 80 messages a second, and Meta raises that to 1,000 for busy numbers with good quality and an unlimited messaging limit.</source>
        <translation>オンプレミスの番号も同じ手順でクラウド API に移行できます。移行後は毎秒 80 件送信でき、品質が良くメッセージ送信上限が無制限の忙しい番号は Meta が 1,000 件に引き上げます。</translation>
    </message>
    <message>
        <source>Choose a number to see what it still needs.</source>
        <translation>番号を選ぶと、まだ足りないものが表示されます。</translation>
    </message>
    <message>
        <source>{number} already has the blue badge.</source>
        <translation>{number} はすでに青いバッジを持っています。</translation>
    </message>
    <message>
        <source>Display name approved</source>
        <translation>表示名が承認済み</translation>
    </message>
    <message>
        <source>Two-step verification turned on</source>
        <translation>2段階認証がオン</translation>
    </message>
    <message>
        <source>A real number, not a test number</source>
        <translation>テスト番号ではない実在の番号</translation>
    </message>
    <message>
        <source>Business verified in Meta Business Settings</source>
        <translation>Meta のビジネス設定でビジネス認証済み</translation>
    </message>
    <message>
        <source>On the WhatsApp Business Platform for at least 30 days</source>
        <translation>WhatsApp Business Platform を 30 日以上利用</translation>
    </message>
    <message>
        <source>Notable: press articles or other public links about the business (not paid or promotional)</source>
        <translation>知名度：ビジネスについての報道記事などの公開リンク（有料・宣伝目的のものを除く）</translation>
    </message>
    <message>
        <source>Request the badge</source>
        <translation>認証バッジを申請</translation>
    </message>
    <message>
        <source>One per line: news articles or public pages about the business</source>
        <translation>1行に1つ: ビジネスについてのニュース記事や公開ページ</translation>
    </message>
    <message>
        <source>e.g. Japan</source>
        <translation>例: 日本</translation>
    </message>
    <message>
        <source>e.g. Japanese</source>
        <translation>例: 日本語</translation>
    </message>
    <message>
        <source>Send the request to Meta</source>
        <translation>Metaに申請を送信</translation>
    </message>
    <message>
        <source>Business website</source>
        <translation>ビジネスのウェブサイト</translation>
    </message>
    <message>
        <source>Links that show it is well known</source>
        <translation>知名度を示すリンク</translation>
    </message>
    <message>
        <source>Main country</source>
        <translation>主な国</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>主な言語</translation>
    </message>
    <message>
        <source>Request: not requested yet.</source>
        <translation>申請: まだ申請していません。</translation>
    </message>
    <message>
        <source>Request: waiting for Meta&apos;s review (usually a few days).</source>
        <translation>申請: Metaの審査待ちです(通常数日)。</translation>
    </message>
    <message>
        <source>Request: approved. The number shows the blue badge.</source>
        <translation>申請: 承認済み。この番号には青い認証バッジが表示されます。</translation>
    </message>
    <message>
        <source>Request: refused by Meta. Ask again after 30 days, with stronger links about the business.</source>
        <translation>申請: Metaに却下されました。30日後に、ビジネスについてのより確かなリンクを添えて再申請してください。</translation>
    </message>
    <message>
        <source>Request sent. Meta reviews it and answers here, usually within days.</source>
        <translation>申請を送信しました。Metaが審査し、結果はここに表示されます(通常数日以内)。</translation>
    </message>
    <message>
        <source>Meta grants the badge to notable, policy-compliant businesses. Request it below (or in WhatsApp Manager) when every item is met; after a refusal, wait 30 days before asking again.</source>
        <translation>Metaは、知名度があり、ポリシーを守っているビジネスに認証バッジを付与します。すべての項目を満たしたら、下のフォーム(またはWhatsAppマネージャ)から申請してください。却下された場合は、30日待ってから再申請してください。</translation>
    </message>
    <message>
        <source>Re-create templates in another account</source>
        <translation>別のアカウントでテンプレートを作り直す</translation>
    </message>
    <message>
        <source>Export and re-create…</source>
        <translation>書き出して作り直す…</translation>
    </message>
    <message>
        <source>Saves the templates of the first account to a file, checks each against Meta&apos;s rules, and submits it to the second account</source>
        <translation>1つ目のアカウントのテンプレートをファイルに保存し、それぞれMetaのルールに照らして確認してから、2つ目のアカウントに申請します</translation>
    </message>
    <message>
        <source>From</source>
        <translation>元</translation>
    </message>
    <message>
        <source>to</source>
        <translation>→ 先</translation>
    </message>
    <message>
        <source>Save the exported templates</source>
        <translation>書き出したテンプレートの保存先</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>テンプレートファイル (*.json)</translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation>異なる2つのアカウントを選んでください。</translation>
    </message>
    <message>
        <source>Exporting and submitting…</source>
        <translation>書き出して申請しています…</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} に書き込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
    <message>
        <source>The first account has no templates on this computer.</source>
        <translation>1つ目のアカウントには、このコンピューターに保存されたテンプレートがありません。</translation>
    </message>
</context>
<context>
    <name>ClickToChat</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>電話番号を入力してください。</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: write it in international form, for example +81 90 1234 5678.</source>
        <translation>「{text}」は電話番号ではありません。+81 90 1234 5678 のように国際形式で入力してください。</translation>
    </message>
    <message>
        <source>{text} has the wrong number of digits for its country: check the country code and the number.</source>
        <translation>{text} はその国の番号として桁数が合いません。国番号と番号を確認してください。</translation>
    </message>
    <message>
        <source>{text} is not a number in use in any country: check the country code and the digits.</source>
        <translation>{text} はどの国でも使われていない番号です。国番号と数字を確認してください。</translation>
    </message>
    <message>
        <source>A QR code can be saved as .png or .svg, not “{name}”: change the file name&apos;s ending.</source>
        <translation>QR コードは .png か .svg で保存できます（「{name}」は不可）。ファイル名の拡張子を変えてください。</translation>
    </message>
</context>
<context>
    <name>ClickToChatPanel</name>
    <message>
        <source>Put this link or QR code on your website, receipts or shop window: customers open a chat with this number in one tap, with your message already typed.</source>
        <translation>このリンクや QR コードをウェブサイト、レシート、店頭に載せましょう。お客様はワンタップでこの番号とのチャットを開け、メッセージも入力済みの状態で始まります。</translation>
    </message>
    <message>
        <source>Message the chat opens with (optional)</source>
        <translation>チャットを開いたときに入力されているメッセージ（任意）</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>リンクをコピーしました</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG で保存…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG で保存…</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>HTML をコピー</translation>
    </message>
    <message>
        <source>HTML copied</source>
        <translation>HTML をコピーしました</translation>
    </message>
    <message>
        <source>Prefilled message</source>
        <translation>入力済みメッセージ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR コード</translation>
    </message>
    <message>
        <source>Button for your website (HTML)</source>
        <translation>ウェブサイト用ボタン（HTML）</translation>
    </message>
    <message>
        <source>Chat on WhatsApp</source>
        <translation>WhatsApp でチャット</translation>
    </message>
    <message>
        <source>QR code colour</source>
        <translation>QR コードの色</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Choose another folder.</source>
        <translation>{name} を保存できませんでした（{reason}）。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>QR code saved to {path}</source>
        <translation>QR コードを {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>Access token expired</source>
        <extracomment>Meta codes that mean &quot;temporary, try the same request again shortly&quot;. The client retries these itself (even for sends: Meta answered, so the message was not accepted).</extracomment>
        <translation>アクセストークンの期限切れ</translation>
    </message>
    <message>
        <source>The access token has expired or was revoked: create a new system-user token in Business Settings and paste it in Settings.</source>
        <translation>アクセストークンの有効期限が切れたか、取り消されました。ビジネス設定で新しいシステムユーザーのトークンを作成し、「設定」に貼り付けてください。</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>The access token lacks a permission or access to this WhatsApp Business Account ({details}). In Business Settings → System users, grant whatsapp_business_messaging and whatsapp_business_management and assign the account to the system user.</source>
        <translation>アクセストークンに、このWhatsAppビジネスアカウントへの権限またはアクセス権がありません（{details}）。ビジネス設定 → システムユーザーで whatsapp_business_messaging と whatsapp_business_management を付与し、このアカウントをシステムユーザーに割り当ててください。</translation>
    </message>
    <message>
        <source>WhatsApp is temporarily unavailable</source>
        <translation>WhatsAppが一時的に利用できません</translation>
    </message>
    <message>
        <source>Meta&apos;s service had a temporary problem. The app retried; try again in a few minutes and check metastatus.com if it persists.</source>
        <translation>Metaのサービスで一時的な問題が発生しました（アプリで再試行済みです）。数分後にもう一度お試しください。解決しない場合は metastatus.com を確認してください。</translation>
    </message>
    <message>
        <source>Template rejected by Meta</source>
        <translation>Metaがテンプレートを却下しました</translation>
    </message>
    <message>
        <source>Meta refused the template: {details}. Fix the field in the template designer and submit again.</source>
        <translation>Metaがテンプレートを受け付けませんでした: {details}。テンプレートデザイナーで該当する項目を修正し、再申請してください。</translation>
    </message>
    <message>
        <source>Too many API calls</source>
        <extracomment>Every code of the reference table, one row each (shared rows reuse one ErrorInfo).</extracomment>
        <translation>API呼び出しが多すぎます</translation>
    </message>
    <message>
        <source>The app made too many API calls in a short time. Slow down: it will retry automatically; wait a few minutes before bulk actions.</source>
        <translation>短時間にAPIを呼び出しすぎました。ペースを落としてください。アプリが自動で再試行します。一括操作は数分待ってから行ってください。</translation>
    </message>
    <message>
        <source>Account API limit reached</source>
        <translation>アカウントのAPI上限に達しました</translation>
    </message>
    <message>
        <source>This WhatsApp Business Account reached its hourly limit of management calls. Slow down and wait before syncing templates or numbers again.</source>
        <translation>このWhatsAppビジネスアカウントは、1時間あたりの管理API呼び出しの上限に達しました。ペースを落としてください。しばらく待ってから、テンプレートや電話番号を再同期してください。</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation>送信ペースが速すぎます</translation>
    </message>
    <message>
        <source>The phone number reached its messages-per-second limit. Slow down: queued messages will be sent a little later.</source>
        <translation>この電話番号の1秒あたりの送信数の上限に達しました。ペースを落としてください。送信待ちのメッセージは少し後で送信されます。</translation>
    </message>
    <message>
        <source>Spam rate limit</source>
        <translation>スパム対策による制限</translation>
    </message>
    <message>
        <source>Too many recent messages were blocked or reported by customers. Slow down: pause campaigns and check the number&apos;s quality rating before sending more.</source>
        <translation>最近のメッセージの多くが、お客様にブロックまたは報告されました。ペースを落としてください。キャンペーンを一時停止し、電話番号の品質評価を確認してから送信を再開してください。</translation>
    </message>
    <message>
        <source>Too many messages to this customer</source>
        <translation>このお客様へのメッセージが多すぎます</translation>
    </message>
    <message>
        <source>Too many messages went to this same customer in a short time. Slow down: wait a few seconds between messages to one person.</source>
        <translation>短時間に同じお客様へメッセージを送りすぎました。ペースを落としてください。同じ相手には数秒あけて送信してください。</translation>
    </message>
    <message>
        <source>Messaging limit reduced</source>
        <translation>メッセージ送信上限が引き下げられました</translation>
    </message>
    <message>
        <source>Meta reduced the messaging limit because templates were put in the wrong category. Stop business-initiated sends and fix template categories.</source>
        <translation>テンプレートのカテゴリが誤っていたため、Metaがメッセージ送信上限を引き下げました。ビジネスから開始する送信を止めて、テンプレートのカテゴリを修正してください。</translation>
    </message>
    <message>
        <source>Account restricted</source>
        <translation>アカウントが制限されています</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account is restricted or disabled for a policy violation. Open WhatsApp Manager → Account quality to see the enforcement and appeal it.</source>
        <translation>ポリシー違反により、WhatsAppビジネスアカウントが制限または無効化されています。WhatsAppマネージャ → アカウントクオリティで措置の内容を確認し、異議を申し立ててください。</translation>
    </message>
    <message>
        <source>Account locked or wrong PIN</source>
        <translation>アカウントのロックまたはPINの誤り</translation>
    </message>
    <message>
        <source>Meta locked the account, or the two-step verification PIN sent was wrong. Check the PIN first; otherwise look at the account&apos;s health status in WhatsApp Manager.</source>
        <translation>Metaがアカウントをロックしたか、送信した2段階認証のPINが誤っています。まずPINを確認し、PINが正しければWhatsAppマネージャでアカウントの状態を確認してください。</translation>
    </message>
    <message>
        <source>Country not allowed</source>
        <translation>送信できない国です</translation>
    </message>
    <message>
        <source>This business account may not message users in the customer&apos;s country. Do not send to numbers from this country.</source>
        <translation>このビジネスアカウントは、このお客様の国のユーザーにメッセージを送信できません。この国の電話番号には送信しないでください。</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>支払いの問題</translation>
    </message>
    <message>
        <source>Meta reports a billing problem (no payment method or credit line, currency or time zone unset, or account suspended). Fix it in Business Settings → Payments.</source>
        <translation>Metaから請求に関する問題が報告されています（支払い方法やクレジットラインがない、通貨やタイムゾーンが未設定、またはアカウントの停止）。ビジネス設定 → 支払いで修正してください。</translation>
    </message>
    <message>
        <source>Marketing templates disabled</source>
        <translation>マーケティングテンプレートが無効です</translation>
    </message>
    <message>
        <source>Marketing templates are turned off for the Cloud API on this account. Send through the Marketing Messages API or re-enable them in WhatsApp Manager.</source>
        <translation>このアカウントでは、Cloud APIでのマーケティングテンプレートがオフになっています。Marketing Messages APIで送信するか、WhatsAppマネージャで再度有効にしてください。</translation>
    </message>
    <message>
        <source>Payments terms pending</source>
        <translation>決済の利用規約に未同意です</translation>
    </message>
    <message>
        <source>Accept the WhatsApp Payments terms of service in WhatsApp Manager, then try again.</source>
        <translation>WhatsAppマネージャでWhatsApp Paymentsの利用規約に同意してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Account in maintenance</source>
        <translation>アカウントのメンテナンス中</translation>
    </message>
    <message>
        <source>The account is briefly in maintenance mode (for example a throughput upgrade). Try again in a minute.</source>
        <translation>アカウントが一時的にメンテナンスモードになっています（スループットの引き上げなど）。1分ほどしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>無効なパラメーター</translation>
    </message>
    <message>
        <source>Meta rejected a parameter: {details}. Correct it and try again; sending it unchanged will fail again.</source>
        <translation>Metaがパラメーターを受け付けませんでした: {details}。修正してから、もう一度お試しください。そのまま送信しても再び失敗します。</translation>
    </message>
    <message>
        <source>Required parameter missing</source>
        <translation>必須パラメーターがありません</translation>
    </message>
    <message>
        <source>A required parameter is missing: {details}. Complete the message and send again.</source>
        <translation>必須パラメーターがありません: {details}。メッセージを完成させてから再送信してください。</translation>
    </message>
    <message>
        <source>Parameter value invalid</source>
        <translation>パラメーターの値が無効です</translation>
    </message>
    <message>
        <source>A parameter value is not valid: {details}. Correct it and send again.</source>
        <translation>パラメーターの値が無効です: {details}。修正してから再送信してください。</translation>
    </message>
    <message>
        <source>Unsupported message type</source>
        <translation>未対応のメッセージの種類</translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type here. Choose another type.</source>
        <translation>この種類のメッセージは、ここではWhatsAppが対応していません。別の種類を選んでください。</translation>
    </message>
    <message>
        <source>Customer&apos;s media unavailable</source>
        <translation>お客様のメディアを取得できません</translation>
    </message>
    <message>
        <source>The customer&apos;s media could not be downloaded. Ask the customer to send it again.</source>
        <translation>お客様から届いたメディアをダウンロードできませんでした。お客様にもう一度送ってもらうよう依頼してください。</translation>
    </message>
    <message>
        <source>Media upload failed</source>
        <translation>メディアのアップロードに失敗しました</translation>
    </message>
    <message>
        <source>Your media could not be uploaded or sent, usually because its file type does not match its content. Check the file type and size, then try again.</source>
        <translation>メディアをアップロードまたは送信できませんでした。多くの場合、ファイルの種類が内容と一致していないことが原因です。ファイルの種類とサイズを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>無効なリクエスト</translation>
    </message>
    <message>
        <source>Meta could not process the request parameters ({details}). Check them and try again.</source>
        <translation>Metaがリクエストのパラメーターを処理できませんでした（{details}）。内容を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Sender is the recipient</source>
        <translation>送信者と宛先が同じです</translation>
    </message>
    <message>
        <source>A number cannot message itself. Choose a different recipient.</source>
        <translation>自分の番号にはメッセージを送信できません。別の宛先を選んでください。</translation>
    </message>
    <message>
        <source>Message undeliverable</source>
        <translation>メッセージを配信できません</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not be on WhatsApp, use an old app, or not have accepted the terms. Do not retry; reach the customer another way.</source>
        <translation>メッセージを配信できませんでした。この番号がWhatsAppを利用していない、アプリが古い、または利用規約に同意していない可能性があります。再試行せず、別の方法でお客様に連絡してください。</translation>
    </message>
    <message>
        <source>Recipient not allowed</source>
        <translation>許可されていない宛先</translation>
    </message>
    <message>
        <source>A test number can only message allowed recipients. Add this number under API Setup → To → Manage phone number list, then send again.</source>
        <translation>テスト用の番号からは、許可された宛先にしか送信できません。アプリダッシュボードの API Setup → To → Manage phone number list でこの番号を追加してから、再送信してください。</translation>
    </message>
    <message>
        <source>Not delivered to keep the ecosystem healthy</source>
        <translation>エコシステム保護のため配信されませんでした</translation>
    </message>
    <message>
        <source>Meta held back this marketing message because the customer already received many. Do not resend it within 24 hours.</source>
        <translation>お客様がすでに多くのマーケティングメッセージを受け取っているため、Metaがこのメッセージの配信を見送りました。24時間以内に再送信しないでください。</translation>
    </message>
    <message>
        <source>Customer stopped marketing messages</source>
        <translation>お客様がマーケティングメッセージを停止しました</translation>
    </message>
    <message>
        <source>The customer turned off marketing messages from you. Do not send them marketing templates; service and utility messages are still possible.</source>
        <translation>お客様が、あなたからのマーケティングメッセージをオフにしました。マーケティングテンプレートは送信しないでください。サービスメッセージとユーティリティメッセージは引き続き送信できます。</translation>
    </message>
    <message>
        <source>Business-scoped user id not supported</source>
        <translation>ビジネススコープのユーザーIDには未対応です</translation>
    </message>
    <message>
        <source>This number cannot send to a business-scoped user id. Send to the phone number instead.</source>
        <translation>この番号からは、ビジネススコープのユーザーIDに送信できません。代わりに電話番号宛てに送信してください。</translation>
    </message>
    <message>
        <source>Customer blocked</source>
        <translation>ブロック中のお客様</translation>
    </message>
    <message>
        <source>You blocked this customer. Unblock them before sending.</source>
        <translation>このお客様をブロックしています。送信する前にブロックを解除してください。</translation>
    </message>
    <message>
        <source>Held back by a Meta experiment</source>
        <translation>Metaの実験により送信されませんでした</translation>
    </message>
    <message>
        <source>The customer is part of a Meta marketing experiment, so this message was not sent. This is expected; do not retry.</source>
        <translation>このお客様はMetaのマーケティング実験の対象のため、このメッセージは送信されませんでした。想定どおりの動作です。再試行しないでください。</translation>
    </message>
    <message>
        <source>Customer identity changed</source>
        <translation>お客様のセキュリティコードが変わりました</translation>
    </message>
    <message>
        <source>The customer&apos;s identity key changed (new phone or reinstall). Re-verify who you are talking to before sending again.</source>
        <translation>お客様のセキュリティコードが変わりました（機種変更や再インストールなど）。相手がご本人であることを確認してから再送信してください。</translation>
    </message>
    <message>
        <source>Outside the 24-hour window</source>
        <translation>24時間の返信可能時間外</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote. Send an approved template instead; free-form messages are possible again once they reply.</source>
        <translation>お客様からの最後のメッセージから24時間以上たっています。代わりに承認済みテンプレートを送信してください。お客様から返信があれば、再び自由形式のメッセージを送れます。</translation>
    </message>
    <message>
        <source>Template parameter count mismatch</source>
        <translation>テンプレートのパラメーター数が一致しません</translation>
    </message>
    <message>
        <source>The number of parameters does not match the template ({details}). Fill every variable of the approved template and send again.</source>
        <translation>パラメーターの数がテンプレートと一致しません（{details}）。承認済みテンプレートのすべての変数を入力して、再送信してください。</translation>
    </message>
    <message>
        <source>Template not found</source>
        <translation>テンプレートが見つかりません</translation>
    </message>
    <message>
        <source>No approved template with this name exists in this language. Check the name and the exact language code (en is not en_US), or sync templates.</source>
        <translation>この名前と言語の承認済みテンプレートはありません。名前と正確な言語コード（en と en_US は別物です）を確認するか、テンプレートを同期してください。</translation>
    </message>
    <message>
        <source>Template text too long</source>
        <translation>テンプレートの文字数が多すぎます</translation>
    </message>
    <message>
        <source>The message is too long once the parameters are filled in. Shorten the parameters.</source>
        <translation>パラメーターを入れるとメッセージが長すぎます。パラメーターを短くしてください。</translation>
    </message>
    <message>
        <source>Template breaks content policy</source>
        <translation>テンプレートがコンテンツポリシーに違反しています</translation>
    </message>
    <message>
        <source>The template content violates WhatsApp policy. Edit the template and submit it again.</source>
        <translation>テンプレートの内容がWhatsAppのポリシーに違反しています。テンプレートを編集して再申請してください。</translation>
    </message>
    <message>
        <source>Template parameter format mismatch</source>
        <translation>テンプレートのパラメーター形式が一致しません</translation>
    </message>
    <message>
        <source>The parameters do not have the format the template expects (for example named instead of positional). Rebuild them from the approved template.</source>
        <translation>パラメーターの形式がテンプレートと異なります（例: 番号付きではなく名前付き）。承認済みテンプレートから作り直してください。</translation>
    </message>
    <message>
        <source>Template paused</source>
        <translation>テンプレートが一時停止中です</translation>
    </message>
    <message>
        <source>The template is paused because of low quality. Wait for it to be unpaused, or edit it, or use another template.</source>
        <translation>品質が低いため、テンプレートが一時停止されています。再開を待つか、編集するか、別のテンプレートを使ってください。</translation>
    </message>
    <message>
        <source>Template disabled</source>
        <translation>テンプレートが無効です</translation>
    </message>
    <message>
        <source>The template was permanently disabled for low quality. Create a new template.</source>
        <translation>品質が低いため、テンプレートが完全に無効化されました。新しいテンプレートを作成してください。</translation>
    </message>
    <message>
        <source>Template parameter problem</source>
        <translation>テンプレートのパラメーターに問題があります</translation>
    </message>
    <message>
        <source>A parameter is not acceptable ({details}). Remove new lines, tabs and runs of more than four spaces from parameters, then send again.</source>
        <translation>受け付けられないパラメーターがあります（{details}）。パラメーターから改行、タブ、4つを超えて連続するスペースを取り除いてから、再送信してください。</translation>
    </message>
    <message>
        <source>Flow blocked</source>
        <translation>フローがブロックされています</translation>
    </message>
    <message>
        <source>The flow in this message is blocked. Fix the flow in WhatsApp Manager.</source>
        <translation>このメッセージのフローはブロックされています。WhatsAppマネージャでフローを修正してください。</translation>
    </message>
    <message>
        <source>Flow throttled</source>
        <translation>フローの送信が制限されています</translation>
    </message>
    <message>
        <source>This flow was sent too often (limit 10 per hour). Wait before sending it again.</source>
        <translation>このフローの送信回数が多すぎます（上限は1時間に10回）。しばらく待ってから再送信してください。</translation>
    </message>
    <message>
        <source>Too many templates</source>
        <translation>テンプレートが多すぎます</translation>
    </message>
    <message>
        <source>The account reached its template limit. Delete templates you no longer use, then create the new one.</source>
        <translation>アカウントのテンプレート数が上限に達しました。使わなくなったテンプレートを削除してから、新しいテンプレートを作成してください。</translation>
    </message>
    <message>
        <source>Phone number deleted</source>
        <translation>電話番号が削除されています</translation>
    </message>
    <message>
        <source>This business phone number was deleted. Sync the numbers list and choose another.</source>
        <translation>このビジネス用電話番号は削除されています。電話番号の一覧を同期して、別の番号を選んでください。</translation>
    </message>
    <message>
        <source>Display name not approved</source>
        <translation>表示名が承認されていません</translation>
    </message>
    <message>
        <source>This number has no approved display name yet. Set or fix the display name in WhatsApp Manager, then send again.</source>
        <translation>この番号にはまだ承認済みの表示名がありません。WhatsAppマネージャで表示名を設定または修正してから、再送信してください。</translation>
    </message>
    <message>
        <source>Number not registered correctly</source>
        <translation>電話番号が正しく登録されていません</translation>
    </message>
    <message>
        <source>The phone number has a registration problem. Register it again under Numbers.</source>
        <translation>この電話番号の登録に問題があります。「電話番号」画面で登録し直してください。</translation>
    </message>
    <message>
        <source>Previous deregistration failed</source>
        <translation>前回の登録解除に失敗しました</translation>
    </message>
    <message>
        <source>An earlier deregistration did not finish. Deregister the number again.</source>
        <translation>以前の登録解除が完了していません。もう一度この番号の登録を解除してください。</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PINが違います</translation>
    </message>
    <message>
        <source>The two-step verification PIN is incorrect. Enter the right PIN, or reset it in WhatsApp Manager.</source>
        <translation>2段階認証のPINが正しくありません。正しいPINを入力するか、WhatsAppマネージャでリセットしてください。</translation>
    </message>
    <message>
        <source>Number not verified</source>
        <translation>電話番号が認証されていません</translation>
    </message>
    <message>
        <source>Verify the number first: request a code, enter it, then register.</source>
        <translation>先に電話番号を認証してください。コードをリクエストして入力してから、登録してください。</translation>
    </message>
    <message>
        <source>Too many PIN attempts</source>
        <translation>PINの試行回数が多すぎます</translation>
    </message>
    <message>
        <source>Too many wrong PIN attempts. Wait as Meta says ({details}) before trying again.</source>
        <translation>誤ったPINの入力が多すぎます。Metaの指示どおり待ってから（{details}）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>PIN entered too fast</source>
        <translation>PINの入力が速すぎます</translation>
    </message>
    <message>
        <source>The PIN was entered too quickly. Wait as Meta says ({details}) before trying again.</source>
        <translation>PINの入力間隔が短すぎます。Metaの指示どおり待ってから（{details}）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Number not registered</source>
        <translation>電話番号が登録されていません</translation>
    </message>
    <message>
        <source>This phone number is not registered with the Cloud API. Register it under Numbers (with its two-step verification PIN), then send again.</source>
        <translation>この電話番号はCloud APIに登録されていません。「電話番号」画面で（2段階認証のPINを使って）登録してから、再送信してください。</translation>
    </message>
    <message>
        <source>Number deletion pending</source>
        <translation>電話番号の削除処理中</translation>
    </message>
    <message>
        <source>The number was deleted recently. Wait 5 minutes, then try again.</source>
        <translation>この番号は最近削除されました。5分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many registrations</source>
        <translation>登録の回数が多すぎます</translation>
    </message>
    <message>
        <source>This number was registered or deregistered more than 10 times in 72 hours. Meta blocks it for 72 hours; try again after that.</source>
        <translation>この番号は72時間以内に10回を超えて登録または登録解除されました。Metaにより72時間ブロックされるため、その後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>Verification code not sent</source>
        <translation>認証コードを送信できませんでした</translation>
    </message>
    <message>
        <source>Meta could not send a verification code, often after too many requests. Wait a while (up to 72 hours) or try the other method (SMS or voice).</source>
        <translation>Metaが認証コードを送信できませんでした。リクエストが多すぎた場合によく起こります。しばらく（最長72時間）待つか、別の方法（SMSまたは音声通話）をお試しください。</translation>
    </message>
    <message>
        <source>Template problem</source>
        <translation>テンプレートの問題</translation>
    </message>
    <message>
        <source>The message does not match its template ({details}). Check the template and its parameters.</source>
        <translation>メッセージがテンプレートと一致しません（{details}）。テンプレートとパラメーターを確認してください。</translation>
    </message>
    <message>
        <source>Phone number registration problem</source>
        <translation>電話番号の登録の問題</translation>
    </message>
    <message>
        <source>The phone number&apos;s registration failed ({details}). Check it under Numbers.</source>
        <translation>電話番号の登録に失敗しました（{details}）。「電話番号」画面で確認してください。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>Meta asked the app to slow down. It will retry; wait a minute before trying again.</source>
        <translation>Metaからペースを落とすよう求められました。アプリが自動で再試行します。1分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP {status}). Try again in a few minutes; check metastatus.com or your proxy if it persists.</source>
        <translation>サーバーがエラーを返しました（HTTP {status}）。数分後にもう一度お試しください。解決しない場合は metastatus.com またはプロキシを確認してください。</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>認証されていません</translation>
    </message>
    <message>
        <source>The server refused the access token. Create a new system-user token in Business Settings and paste it in Settings.</source>
        <translation>サーバーがアクセストークンを拒否しました。ビジネス設定で新しいシステムユーザーのトークンを作成し、「設定」に貼り付けてください。</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>The access token may not do this. Grant the system user access to this account and the WhatsApp permissions in Business Settings.</source>
        <translation>このアクセストークンには、この操作の権限がありません。ビジネス設定で、システムユーザーにこのアカウントへのアクセス権とWhatsAppの権限を付与してください。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>The server does not know this object or path (HTTP 404). Check the id and the API base URL in Settings.</source>
        <translation>サーバーにこのオブジェクトまたはパスがありません（HTTP 404）。IDと、「設定」のAPIベースURLを確認してください。</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>リダイレクトされました</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP {status}) instead of answering it, as a login page or a wrong address does. Check the API base URL and proxy in Settings.</source>
        <translation>サーバーがリクエストに応答せず、リダイレクトしました（HTTP {status}）。ログインページや誤ったアドレスでよく起こります。「設定」のAPIベースURLとプロキシを確認してください。</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <source>The request was rejected ({details}). Correct it and try again.</source>
        <translation>リクエストが拒否されました（{details}）。修正してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>WhatsApp reported an error ({details}). Try again; if it repeats, note the trace id and contact Meta support.</source>
        <translation>WhatsAppからエラーが報告されました（{details}）。もう一度お試しください。繰り返し発生する場合は、トレースIDを控えてMetaサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Cannot reach WhatsApp</source>
        <translation>WhatsAppに接続できません</translation>
    </message>
    <message>
        <source>The app could not reach {host}. Check the internet connection, proxy and API base URL in Settings, then try again.</source>
        <translation>{host} に接続できませんでした。インターネット接続と、「設定」のプロキシおよびAPIベースURLを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Send outcome unknown</source>
        <translation>送信結果が不明です</translation>
    </message>
    <message>
        <source>The connection broke after the message was sent, so it may have reached WhatsApp. Check the conversation for a delivery status before sending it again.</source>
        <translation>メッセージの送信後に接続が切れたため、WhatsAppに届いている可能性があります。再送信する前に、会話で配信状況を確認してください。</translation>
    </message>
    <message>
        <source>A server between the app and WhatsApp answered with an error (HTTP {status}), so the message may have reached WhatsApp. Check the conversation for a delivery status before sending it again.</source>
        <translation>アプリとWhatsAppの間にあるサーバーがエラーを返しました（HTTP {status}）。メッセージはWhatsAppに届いている可能性があります。再送信する前に、会話で配信状況を確認してください。</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what the Cloud API sends (HTTP {status}: {details}). Check the API base URL and any proxy in Settings, then try again.</source>
        <translation>サーバーの応答がCloud APIの形式ではありません（HTTP {status}: {details}）。「設定」のAPIベースURLとプロキシを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Media address refused</source>
        <translation>メディアのアドレスを拒否しました</translation>
    </message>
    <message>
        <source>The media address ({details}) is not HTTPS, so the access token was not sent to it. Check the API base URL in Settings.</source>
        <translation>メディアのアドレス（{details}）がHTTPSではないため、アクセストークンを送信しませんでした。「設定」のAPIベースURLを確認してください。</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>アクセストークンがありません</translation>
    </message>
    <message>
        <source>No access token is configured. Paste a system-user token in Settings.</source>
        <translation>アクセストークンが設定されていません。「設定」にシステムユーザーのトークンを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Cancel reply</source>
        <translation>返信をキャンセル</translation>
    </message>
    <message>
        <source>Type a message (Enter sends, Shift+Enter adds a line)</source>
        <translation>メッセージを入力（Enterで送信、Shift+Enterで改行）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>テンプレート…</translation>
    </message>
    <message>
        <source>Send an approved template</source>
        <translation>承認済みテンプレートを送信</translation>
    </message>
    <message>
        <source>Replying to: {text}</source>
        <translation>返信先: {text}</translation>
    </message>
    <message>
        <source>Choose a conversation to reply.</source>
        <translation>返信する会話を選んでください。</translation>
    </message>
    <message>
        <source>Customer service window open: {h} h {m} min left for free-form replies.</source>
        <translation>24時間の返信可能時間内です。自由形式で返信できる残り時間: {h}時間{m}分</translation>
    </message>
    <message>
        <source>The 24-hour customer service window is closed: the customer has not written in the last 24 hours. Free-form messages are blocked by WhatsApp; send an approved template to reopen the conversation.</source>
        <translation>24時間の返信可能時間が終了しました。お客様から24時間以上メッセージが届いていないため、WhatsAppでは自由形式のメッセージを送れません。承認済みテンプレートを送信して、会話を再開してください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Free-form messages cannot be sent now: the 24-hour window is closed. Use Template… to write to this customer.</source>
        <translation>24時間の返信可能時間が終了したため、自由形式のメッセージは今は送れません。「テンプレート…」からお客様に送信してください。</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>絵文字を挿入</translation>
    </message>
    <message>
        <source>Insert a canned reply (or type / and its shortcut)</source>
        <translation>定型返信を挿入（または / とショートカットを入力）</translation>
    </message>
</context>
<context>
    <name>ContactCardForm</name>
    <message>
        <source>Send a contact</source>
        <translation>連絡先を送信</translation>
    </message>
    <message>
        <source>Type a name or number to find a contact</source>
        <translation>名前か番号を入力して連絡先を検索</translation>
    </message>
    <message>
        <source>Name as the customer will see it</source>
        <translation>お客様に表示される名前</translation>
    </message>
    <message>
        <source>e.g. +81 90 1234 5678</source>
        <translation>例: +81 90 1234 5678</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Pick a contact above, or type a name and a WhatsApp number in any common format. The customer can message or save the contact from the card.</source>
        <translation>上の一覧から連絡先を選ぶか、名前とWhatsApp番号を入力してください（一般的な書き方ならどれでも可）。お客様はカードからメッセージを送ったり連絡先を保存したりできます。</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Your name for this customer</source>
        <translation>このお客様を呼ぶ名前</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>番号をコピー</translation>
    </message>
    <message>
        <source>Notes the whole desk can see</source>
        <translation>受付の全員が見られるメモ</translation>
    </message>
    <message>
        <source>Name at this desk</source>
        <translation>受付での名前</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>WhatsApp user id (BSUID)</source>
        <translation>WhatsAppユーザーID（BSUID）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Talks to these numbers</source>
        <translation>やり取りしている電話番号</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>今月の料金</translation>
    </message>
    <message>
        <source>Number and id changes</source>
        <translation>番号・IDの変更</translation>
    </message>
    <message>
        <source>Not known right now</source>
        <translation>現在は不明です</translation>
    </message>
    <message>
        <source>Nothing charged yet</source>
        <translation>まだ課金はありません</translation>
    </message>
    <message>
        <source>{amount} for {count} charged messages</source>
        <translation>課金メッセージ {count} 件で {amount}</translation>
    </message>
    <message>
        <source>Some could not be priced: the customer&apos;s country is unknown.</source>
        <translation>一部は料金を計算できませんでした（お客様の国が不明です）。</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>お客様が選択されていません</translation>
    </message>
    <message>
        <source>WhatsApp profile name: {name}</source>
        <translation>WhatsAppのプロフィール名: {name}</translation>
    </message>
    <message>
        <source>No WhatsApp profile name</source>
        <translation>WhatsAppのプロフィール名はありません</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>共有されていません</translation>
    </message>
    <message>
        <source>{country}: {national}</source>
        <translation>{country}: {national}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>まだ届いていません</translation>
    </message>
    <message>
        <source>({count} unread)</source>
        <translation>（未読 {count} 件）</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>報告はありません</translation>
    </message>
    <message>
        <source>The name was not saved: the database did not answer. It is still in the field; leave the field again to retry.</source>
        <translation>名前を保存できませんでした（データベースが応答しません）。入力した名前は欄に残っています。欄から移動するともう一度保存します。</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>名前を保存しました。</translation>
    </message>
    <message>
        <source>The notes were not saved: the database did not answer. They stay here; type again to retry.</source>
        <translation>メモを保存できませんでした（データベースが応答しません）。メモはここに残っています。もう一度入力すると再保存します。</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>メモを保存しました。</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>番号をコピーしました。</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>マーケティングメッセージ</translation>
    </message>
    <message>
        <source>Stopped by the customer in WhatsApp: marketing templates are not sent</source>
        <translation>相手が WhatsApp で停止しました。マーケティングテンプレートは送信しません</translation>
    </message>
    <message>
        <source>Resumed by the customer in WhatsApp</source>
        <translation>相手が WhatsApp で受信を再開しました</translation>
    </message>
    <message>
        <source>Received (the customer has not stopped them)</source>
        <translation>受信中（相手は停止していません）</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>None yet: add them from the Labels button above the thread</source>
        <translation>まだありません。スレッド上部の「ラベル」ボタンから追加できます</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Open</source>
        <extracomment>Types whose text alone does not say what they are (a caption, a name, an emoji).</extracomment>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>返信期限切れ</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>残り{hours}時間</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation>残り{minutes}分</translation>
    </message>
    <message>
        <source>{who} on {channel} ({number})</source>
        <translation>{who} · チャネル: {channel}({number})</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>担当: {name}</translation>
    </message>
    <message>
        <source>Your last message was not sent.</source>
        <translation>最後のメッセージは送信されていません。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {where} is in use by another program (another WABA Desk window, a backup or sync tool). Close that program; WABA Desk tries again every few seconds.</source>
        <translation>データベース {where} は別のプログラム（別の WABA Desk ウィンドウ、バックアップや同期のツールなど）が使用中です。そのプログラムを閉じてください。WABA Desk は数秒ごとに再試行します。</translation>
    </message>
    <message>
        <source>The database {where} is damaged, so WABA Desk stopped using it. Restore the automatic backup of {date} (the damaged file is kept beside it), or first export what can still be read.</source>
        <translation>データベース {where} が破損しているため、WABA Desk はその使用を停止しました。{date} の自動バックアップを復元するか（破損したファイルは同じ場所に残します）、先にまだ読める内容をエクスポートしてください。</translation>
    </message>
    <message>
        <source>The database {where} is damaged, so WABA Desk stopped using it, and there is no automatic backup yet. Export what can still be read, then move the file aside and start again.</source>
        <translation>データベース {where} が破損しているため、WABA Desk はその使用を停止しました。自動バックアップはまだありません。まだ読める内容をエクスポートしてから、ファイルを別の場所へ移して起動し直してください。</translation>
    </message>
    <message>
        <source>Cannot open the database {where}: check that its folder exists and that you may write to it, then try again.</source>
        <translation>データベース {where} を開けません。フォルダーが存在し、書き込み権限があることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{where} is not a database address. Give --db a SQLite file (sqlite:///path/to/file.sqlite3) or a PostgreSQL URL.</source>
        <translation>{where} はデータベースのアドレスではありません。--db には SQLite ファイル（sqlite:///path/to/file.sqlite3）か PostgreSQL の URL を指定してください。</translation>
    </message>
    <message>
        <source>Cannot use the database {where}: {reason}</source>
        <translation>データベース {where} を使用できません: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} conversations to {file}; {lost} could not be read.</source>
        <translation>{count} 件の会話を {file} に保存しました。{lost} 件は読み取れませんでした。</translation>
    </message>
    <message>
        <source>Restored the backup of {date}. The damaged file was kept as {aside}.</source>
        <translation>{date} のバックアップを復元しました。破損したファイルは {aside} として残してあります。</translation>
    </message>
    <message>
        <source>The database {where} holds live WhatsApp data, so WABA Desk will not start the sandbox on it: its demo accounts, templates and simulated customers would mix with your real inbox. Start without --sandbox, or give the sandbox another database with --db.</source>
        <translation>データベース {where} には本番の WhatsApp データが入っているため、WABA Desk はこのデータベースでサンドボックスを起動しません。サンドボックスのデモ用アカウント、テンプレート、模擬顧客が実際の受信箱に混ざってしまうためです。--sandbox を付けずに起動するか、--db でサンドボックス用に別のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>The database {where} holds the sandbox&apos;s demo data, so live mode will not use it: demo customers would appear as real ones. Give --db another database, or leave it out to use the default live database.</source>
        <translation>データベース {where} にはサンドボックスのデモデータが入っているため、本番モードでは使用しません。デモの顧客が実際の顧客として表示されてしまうためです。--db で別のデータベースを指定するか、指定せずに既定の本番用データベースを使用してください。</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemPanel</name>
    <message>
        <source>The database is in use by another program</source>
        <extracomment>Seconds between automatic attempts while another program holds the database.</extracomment>
        <translation>データベースは別のプログラムが使用中です</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>データベースが破損しています</translation>
    </message>
    <message>
        <source>WABA Desk cannot open its database</source>
        <translation>WABA Desk がデータベースを開けません</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Export what can be read</source>
        <translation>読める内容をエクスポート</translation>
    </message>
    <message>
        <source>Restore backup of {date}</source>
        <translation>{date} のバックアップを復元</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>DaySeparator</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>DeskPrompt</name>
    <message>
        <source>Who is at this desk?</source>
        <translation>いまこの席にいるのは誰ですか？</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>The profile “{name}” was removed, so nobody is chosen at this desk. Who is at this desk?</source>
        <translation>担当者「{name}」は削除されたため、この席の担当者は選ばれていません。いまこの席にいるのは誰ですか？</translation>
    </message>
    <message>
        <source>The profile chosen at this desk was removed. Who is at this desk?</source>
        <translation>この席で選ばれていた担当者は削除されました。いまこの席にいるのは誰ですか？</translation>
    </message>
    <message>
        <source>Add people in Settings.</source>
        <translation>担当者は設定で追加してください。</translation>
    </message>
    <message>
        <source>Chosen last time</source>
        <translation>前回選んだ担当者</translation>
    </message>
    <message>
        <source>Others: the round button at the foot of the left bar.</source>
        <translation>ほかの担当者は左バー下の丸いボタンから選べます。</translation>
    </message>
</context>
<context>
    <name>DeskSwitcher</name>
    <message>
        <source>Nobody is chosen at this desk. Click to choose who you are.</source>
        <translation>この席の担当者が選ばれていません。クリックして自分を選んでください。</translation>
    </message>
    <message>
        <source>At this desk: {name} (admin)</source>
        <translation>この席の担当者: {name}（管理者）</translation>
    </message>
    <message>
        <source>At this desk: {name}</source>
        <translation>この席の担当者: {name}</translation>
    </message>
    <message>
        <source>Who is at this desk?</source>
        <translation>いまこの席にいるのは誰ですか？</translation>
    </message>
    <message>
        <source> (admin)</source>
        <translation> （管理者）</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>プロフィールはまだありません</translation>
    </message>
    <message>
        <source>Add or change people in Settings…</source>
        <translation>担当者の追加・変更は設定で…</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>{sender} · {channel}</source>
        <translation>{sender} · {channel}</translation>
    </message>
    <message>
        <source>{count} new messages</source>
        <translation>新着メッセージ {count} 件</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Search emoji (English or Japanese)</source>
        <translation>絵文字を検索（英語または日本語）</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} 件</translation>
    </message>
    <message>
        <source>No emoji match “{text}”.</source>
        <translation>「{text}」に一致する絵文字はありません。</translation>
    </message>
    <message>
        <source>Recently used first</source>
        <translation>最近使ったものから表示</translation>
    </message>
    <message>
        <source>All emoji</source>
        <translation>すべての絵文字</translation>
    </message>
</context>
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
        <source>History is not available here (no database is open). Open a scenario file to explain Meta&apos;s public examples.</source>
        <translation>ここでは履歴を使えません（データベースが開かれていません）。シナリオファイルを開くと、Metaの公開例を説明できます。</translation>
    </message>
    <message>
        <source>What to explain</source>
        <translation>説明する対象</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag to move along the days, double-click to see all.</source>
        <translation>ホイールまたは +/− で拡大・縮小、ドラッグで日付を移動、ダブルクリックで全体を表示します。</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>Every charge and free conversation shown, as CSV</source>
        <translation>表示中のすべての課金と無料の会話をCSVで書き出します</translation>
    </message>
    <message>
        <source>Replay the history first (History tab), then pick a contact.</source>
        <translation>先に履歴を再計算してから（「履歴」タブ）、連絡先を選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{contact}&lt;/b&gt;, {start} to {end} (as billed)</source>
        <translation>&lt;b&gt;{contact}&lt;/b&gt;、{start}～{end}（実際の請求ルール）</translation>
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
        <translation>{file} を読み込めません: {error}。JSONのシナリオファイルを選んでください。</translation>
    </message>
    <message>
        <source>This scenario cannot be billed: {error}. Fix the file and open it again.</source>
        <translation>このシナリオは料金を計算できません: {error}。ファイルを修正して、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Era: {era} · recipient {country} ({market}) · source: {source}</source>
        <translation>料金体系: {era} · 宛先 {country}（{market}） · 出典: {source}</translation>
    </message>
    <message>
        <source>Export charges as CSV</source>
        <translation>課金をCSVでエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to {path}: {error}.</source>
        <translation>CSVを {path} に書き込めませんでした: {error}。</translation>
    </message>
    <message>
        <source>{n} rows saved to {path}.</source>
        <translation>{n}行を {path} に保存しました。</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>お客様</translation>
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
        <translation>この期間のこの連絡先への課金{n}件: &lt;b&gt;{total}&lt;/b&gt;</translation>
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
        <translation>返信可能時間</translation>
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
        <translation>時刻はUTC</translation>
    </message>
    <message>
        <source>Above the line: customer messages. Below: business messages (square = template, circle = free-form, hollow = not delivered). Diamonds: charges.</source>
        <translation>線の上: お客様のメッセージ。線の下: ビジネスのメッセージ（四角 = テンプレート、丸 = 自由形式、中抜き = 未配信）。ひし形: 課金。</translation>
    </message>
    <message>
        <source>24 h window</source>
        <translation>24時間の返信可能時間</translation>
    </message>
    <message>
        <source>72 h free entry point</source>
        <translation>72時間の無料エントリーポイント</translation>
    </message>
    <message>
        <source>Rate {rate} from card {card}</source>
        <translation>単価 {rate}（料金表 {card}）</translation>
    </message>
    <message>
        <source>* unverified rate-card figure</source>
        <translation>* 未検証の料金表の値</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>お客様のメッセージ</translation>
    </message>
    <message>
        <source>(from an ad or Page button)</source>
        <translation>（広告またはFacebookページのボタンから）</translation>
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
    <name>ForwardDialog</name>
    <message>
        <source>Forward message</source>
        <translation>メッセージを転送</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>名前または電話番号で検索</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Forward this text to:</source>
        <translation>このテキストの転送先:</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>The message was not forwarded ({error}). Try again.</source>
        <translation>メッセージを転送できませんでした({error})。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Forwarded to {name}.</source>
        <translation>{name}さんに転送しました。</translation>
    </message>
    <message>
        <source>Forward message</source>
        <translation>メッセージを転送</translation>
    </message>
    <message>
        <source>{name} has not written in the last 24 hours, so WhatsApp only lets an approved template reach them. Send a template instead; the text cannot be forwarded as it is.</source>
        <translation>{name}さんから24時間以内のメッセージがないため、WhatsAppでは承認済みテンプレートしか送れません。代わりにテンプレートを送信してください。このテキストはそのままでは転送できません。</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>テンプレートを選ぶ…</translation>
    </message>
</context>
<context>
    <name>HeaderSample</name>
    <message>
        <source>Only an image, video or document header takes a sample file.</source>
        <extracomment>header format → (accepted MIME types, largest file, the types in words)</extracomment>
        <translation>サンプルファイルを使えるのは、画像・動画・ドキュメントのヘッダーだけです。</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a {kind} header sample may be at most {limit} MB. Choose a smaller file.</source>
        <translation>{file} は {size} MB です。{kind} のヘッダーサンプルは最大 {limit} MB です。小さいファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}). Choose another file.</source>
        <translation>{file} を読み込めませんでした（{reason}）。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} is empty. Choose another file.</source>
        <translation>{file} は空です。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} is not a {kind} file, which this header needs. Save or export it as {kind} and choose that file.</source>
        <translation>{file} は、このヘッダーに必要な {kind} ファイルではありません。{kind} で保存または書き出して、そのファイルを選んでください。</translation>
    </message>
    <message>
        <source>The access token does not name its app, so nothing can be uploaded. Use a token of your Meta app (Settings).</source>
        <translation>アクセストークンにアプリ情報がないため、アップロードできません。Meta アプリのトークンを使ってください（設定）。</translation>
    </message>
    <message>
        <source>Meta took the file but sent no handle back. Try again in a moment.</source>
        <translation>Meta はファイルを受け取りましたが、ハンドルが返されませんでした。しばらくしてからもう一度お試しください。</translation>
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
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDFレポートをエクスポート…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>History needs the app&apos;s database, and none is open here. Start WABA Desk normally (sandbox or live) to replay your messages; the Scenario and Explain tabs work without it.</source>
        <translation>履歴にはアプリのデータベースが必要ですが、ここでは開かれていません。メッセージを再計算するには、WABA Deskを通常どおり（サンドボックスまたは本番で）起動してください。「シナリオ」と「説明」タブはデータベースなしで使えます。</translation>
    </message>
    <message>
        <source>Replay bills every stored message with the rules of its day and compares the result with the billing flags Meta sent in status webhooks.</source>
        <translation>再計算では、保存されたすべてのメッセージをその日のルールで計算し、MetaがステータスのWebhookで送った課金フラグと照合します。</translation>
    </message>
    <message>
        <source>WABA</source>
        <translation>WABA</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>電話番号</translation>
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
        <translation>このアプリの判定</translation>
    </message>
    <message>
        <source>Meta says</source>
        <translation>Metaの判定</translation>
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
        <source>Reconciliation with Meta&apos;s billable flags</source>
        <translation>Metaの課金フラグとの照合</translation>
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
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>{n} messages replayed.</source>
        <translation>{n}件のメッセージを再計算しました。</translation>
    </message>
    <message>
        <source>{n} message(s) left out:</source>
        <translation>{n}件のメッセージを除外しました:</translation>
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
        <source>{checked} messages with Meta&apos;s pricing checked, {n} mismatch(es).</source>
        <translation>Metaの料金情報があるメッセージ{checked}件を照合しました。不一致は{n}件です。</translation>
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
        <translation>課金をCSVでエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to {path}: {error}.</source>
        <translation>CSVを {path} に書き込めませんでした: {error}。</translation>
    </message>
    <message>
        <source>{n} rows saved to {path}.</source>
        <translation>{n}行を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDFレポートをエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>WhatsApp bill for {month}</source>
        <translation>{month}のWhatsApp請求</translation>
    </message>
    <message>
        <source>Checking this month against Meta&apos;s flags…</source>
        <translation>今月分を Meta の課金フラグと照合しています…</translation>
    </message>
    <message>
        <source>This month could not be checked: {error}.</source>
        <translation>今月分を照合できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Reading this month…</source>
        <translation>今月分を読み込み中…</translation>
    </message>
    <message>
        <source>Reading this month… %p%</source>
        <translation>今月分を読み込み中… %p%</translation>
    </message>
    <message>
        <source>Billing this month… %p%</source>
        <translation>今月分を計算中… %p%</translation>
    </message>
    <message>
        <source>Reading the year…</source>
        <translation>1年分を読み込み中…</translation>
    </message>
    <message>
        <source>Reading the year… %p%</source>
        <translation>1年分を読み込み中… %p%</translation>
    </message>
    <message>
        <source>Re-pricing every month under every era… %p%</source>
        <translation>すべての月をすべての料金体系で再計算中… %p%</translation>
    </message>
    <message>
        <source>Re-pricing the closed months was cancelled; this month is shown. Press Replay history to re-price them.</source>
        <translation>締めた月の再計算はキャンセルされました。今月分は表示されています。再計算するには「履歴を再計算」を押してください。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Meta&apos;s figures</source>
        <translation>Metaの数字</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Search name, number or message</source>
        <translation>名前・電話番号・メッセージを検索</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>すべての会話</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>No conversations yet. Messages from customers appear here.</source>
        <translation>まだ会話はありません。お客様からのメッセージがここに表示されます。</translation>
    </message>
    <message>
        <source>No conversations match “{text}”.</source>
        <translation>「{text}」に一致する会話はありません。</translation>
    </message>
    <message>
        <source>No conversations in this view. Choose another view to see more.</source>
        <translation>この表示に該当する会話はありません。ほかの表示を選ぶと確認できます。</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>会話が選択されていません</translation>
    </message>
    <message>
        <source>{who} · to {number}</source>
        <translation>{who} · {number}宛て</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>React</source>
        <translation>リアクション</translation>
    </message>
    <message>
        <source>Remove reaction</source>
        <translation>リアクションを削除</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>The inbox could not read the database ({error}). It tries again with the next change; if this stays, restart WABA Desk.</source>
        <translation>受信箱がデータベースを読み込めませんでした（{error}）。次の変更時に再試行します。解消しない場合は WABA Desk を再起動してください。</translation>
    </message>
    <message>
        <source>Copy as received (JSON)</source>
        <translation>受信したままコピー（JSON）</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Your reply was not sent: the database is busy (another program may be using it). The text is still in the box below; try again in a moment.</source>
        <translation>返信は送信されませんでした。データベースが使用中です（別のプログラムが使っている可能性があります）。文章は下の入力欄に残っています。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Your reply was not sent: it could not be saved ({error}). The text is still in the box below; try again.</source>
        <translation>返信は送信されませんでした。保存できませんでした（{error}）。文章は下の入力欄に残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>お客様の詳細</translation>
    </message>
    <message>
        <source>Name, number, notes and channels of this customer (Ctrl+I)</source>
        <translation>このお客様の名前・番号・メモ・やり取りしている番号（Ctrl+I）</translation>
    </message>
    <message>
        <source>Check whether it arrived</source>
        <translation>届いたか確認する</translation>
    </message>
    <message>
        <source>Show as received (JSON)</source>
        <translation>受信したまま表示（JSON）</translation>
    </message>
    <message>
        <source>Show earlier versions</source>
        <translation>編集前の内容を表示</translation>
    </message>
    <message>
        <source>Version {n}:</source>
        <translation>版 {n}:</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>編集前の内容</translation>
    </message>
    <message>
        <source>Show what the deleted message said</source>
        <translation>削除されたメッセージの内容を表示</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（テキストなし）</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>削除されたメッセージ</translation>
    </message>
    <message>
        <source>Message {who}</source>
        <translation>{who} にメッセージを送る</translation>
    </message>
    <message>
        <source>Copy number {phone}</source>
        <translation>番号 {phone} をコピー</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>受信したままの内容</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Waiting for us</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <source>Window closes within {hours} h</source>
        <translation>返信可能時間が{hours}時間以内に終了</translation>
    </message>
    <message>
        <source>Waiting for us: the customer wrote last. Window closes: answer these first, after 24 hours only paid templates can reach them.</source>
        <translation>返信待ち: 最後のメッセージがお客様からのものです。返信可能時間の終了間近: 先に返信してください。24時間を過ぎると有料のテンプレートしか送れません。</translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation>対応中と保留</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>すべてのラベル</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>No open or pending conversations. New messages from customers appear here.</source>
        <translation>対応中・保留中の会話はありません。お客様からの新しいメッセージがここに表示されます。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Status: {status}. Ctrl+E resolves or reopens.</source>
        <translation>状態: {status}。Ctrl+E で解決または再開します。</translation>
    </message>
    <message>
        <source>Who answers this conversation</source>
        <translation>この会話の担当者</translation>
    </message>
    <message>
        <source>Assign to me ({name})</source>
        <translation>自分に割り当て（{name}）</translation>
    </message>
    <message>
        <source>Add agents in Settings</source>
        <translation>担当者は設定で追加します</translation>
    </message>
    <message>
        <source>Labels ({count})</source>
        <translation>ラベル（{count}）</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>新しいラベル…</translation>
    </message>
    <message>
        <source>That change was not saved ({error}). Try again.</source>
        <translation>変更を保存できませんでした（{error}）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>it is {status} and assigned to {name}</source>
        <translation>現在は「{status}」で、担当は{name}さんです</translation>
    </message>
    <message>
        <source>it is {status} and unassigned</source>
        <translation>現在は「{status}」で、担当者はいません</translation>
    </message>
    <message>
        <source>Someone else changed this conversation a moment ago: {now}. Your change was not made.</source>
        <translation>この会話は直前に別の人が変更しました（{now}）。あなたの変更は反映されていません。</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>新しいラベル</translation>
    </message>
    <message>
        <source>Name of the label (for example: Booking)</source>
        <translation>ラベルの名前（例: 予約）</translation>
    </message>
    <message>
        <source>Message info…</source>
        <translation>メッセージ情報…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>すべてのチャネル</translation>
    </message>
    <message>
        <source>The quoted message is not stored on this computer (it may be older than the history WABA Desk has).</source>
        <translation>引用元のメッセージはこのコンピューターに保存されていません(WABA Deskにある履歴より古い可能性があります)。</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>転送…</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Write to a number or a contact; a new chat starts with a template (Ctrl+N)</source>
        <translation>電話番号または連絡先にメッセージを送ります。新しいチャットはテンプレートで始まります(Ctrl+N)</translation>
    </message>
    <message>
        <source>Bulk send…</source>
        <translation>一括送信…</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>アフリカーンス語</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>アルバニア語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Arabic (Egypt)</source>
        <translation>アラビア語（エジプト）</translation>
    </message>
    <message>
        <source>Arabic (UAE)</source>
        <translation>アラビア語（アラブ首長国連邦）</translation>
    </message>
    <message>
        <source>Arabic (Lebanon)</source>
        <translation>アラビア語（レバノン）</translation>
    </message>
    <message>
        <source>Arabic (Morocco)</source>
        <translation>アラビア語（モロッコ）</translation>
    </message>
    <message>
        <source>Arabic (Qatar)</source>
        <translation>アラビア語（カタール）</translation>
    </message>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation>アラビア語（サウジアラビア）</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>アゼルバイジャン語</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>カタロニア語</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中国語（簡体字）</translation>
    </message>
    <message>
        <source>Chinese (Hong Kong)</source>
        <translation>中国語（香港）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中国語（繁体字）</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>英語（英国）</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>英語（米国）</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>英語（オーストラリア）</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>英語（カナダ）</translation>
    </message>
    <message>
        <source>English (India)</source>
        <translation>英語（インド）</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>エストニア語</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>フィリピノ語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>フランス語（カナダ）</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>フランス語（ベルギー）</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>ジョージア語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>グジャラート語</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>ハウサ語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>アイルランド語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>カンナダ語</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>カザフ語</translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation>キニヤルワンダ語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>キルギス語</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ラオ語</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>ラトビア語</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>マケドニア語</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>マラヤーラム語</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>マラーティー語</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシア語</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>ポルトガル語（ブラジル）</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>ポルトガル語（ポルトガル）</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>パンジャブ語</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>スロベニア語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Spanish (Argentina)</source>
        <translation>スペイン語（アルゼンチン）</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>スペイン語（スペイン）</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>スペイン語（メキシコ）</translation>
    </message>
    <message>
        <source>Spanish (Chile)</source>
        <translation>スペイン語（チリ）</translation>
    </message>
    <message>
        <source>Spanish (Colombia)</source>
        <translation>スペイン語（コロンビア）</translation>
    </message>
    <message>
        <source>Spanish (Peru)</source>
        <translation>スペイン語（ペルー）</translation>
    </message>
    <message>
        <source>Spanish (Venezuela)</source>
        <translation>スペイン語（ベネズエラ）</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>スワヒリ語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>タミル語</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>テルグ語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ウズベク語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>ズールー語</translation>
    </message>
    <message>
        <source>Template language (Meta&apos;s code: {code})</source>
        <translation>テンプレートの言語（Metaのコード: {code}）</translation>
    </message>
</context>
<context>
    <name>ListForm</name>
    <message>
        <source>List of options</source>
        <translation>選択肢のリスト</translation>
    </message>
    <message>
        <source>Optional, e.g. Delivery</source>
        <translation>任意（例: 配送方法）</translation>
    </message>
    <message>
        <source>What the customer reads above the menu button</source>
        <translation>メニューボタンの上にお客様が読む本文</translation>
    </message>
    <message>
        <source>Optional small print under the text</source>
        <translation>任意（本文の下に小さく表示）</translation>
    </message>
    <message>
        <source>e.g. See options</source>
        <translation>例: 選択肢を見る</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <source>Menu button</source>
        <translation>メニューボタン</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>セクションを追加</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>セクションのタイトル</translation>
    </message>
    <message>
        <source>Needed when the list has more than one section</source>
        <translation>リストにセクションが2つ以上ある場合は必須です</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>セクション{n}</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation>項目{n}</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>説明（任意）</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>この項目を削除</translation>
    </message>
    <message>
        <source>A list holds at most {limit} options in all.</source>
        <translation>リストの項目は全部で{limit}個までです。</translation>
    </message>
    <message>
        <source>{count} of {limit} options used.</source>
        <translation>{limit}個中{count}個の項目を使用中。</translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <source>Send a location</source>
        <translation>位置情報を送信</translation>
    </message>
    <message>
        <source>e.g. 35.6812</source>
        <translation>例: 35.6812</translation>
    </message>
    <message>
        <source>e.g. 139.7671</source>
        <translation>例: 139.7671</translation>
    </message>
    <message>
        <source>Optional, e.g. Tokyo Station</source>
        <translation>任意（例: 東京駅）</translation>
    </message>
    <message>
        <source>Optional, e.g. 1-9-1 Marunouchi, Tokyo</source>
        <translation>任意（例: 東京都千代田区丸の内1-9-1）</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Paste both numbers at once (35.6812, 139.7671) or a map link from OpenStreetMap or Google Maps into Latitude: both fields are filled.</source>
        <translation>緯度の欄に2つの数値（35.6812, 139.7671）やOpenStreetMap・Googleマップのリンクをまとめて貼り付けると、両方の欄に入力されます。</translation>
    </message>
    <message>
        <source>Check on the map</source>
        <translation>地図で確認</translation>
    </message>
    <message>
        <source>Opens the place in your web browser</source>
        <translation>Webブラウザでこの場所を開きます</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WABA Desk</source>
        <translation>WABA Desk</translation>
    </message>
    <message>
        <source>Starting WABA Desk…</source>
        <translation>WABA Deskを起動しています…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信トレイ</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>WABA Desk cannot start: {reason}</source>
        <translation>WABA Deskを起動できません: {reason}</translation>
    </message>
    <message>
        <source>WABA Desk cannot start its local servers: {reason}</source>
        <translation>WABA Deskのローカルサーバーを起動できません: {reason}</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <source>View picture</source>
        <translation>写真を表示</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>既定のアプリで開く</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation>写真をコピー</translation>
    </message>
    <message>
        <source>This file could not be downloaded from WhatsApp ({error}). WhatsApp keeps a customer&apos;s files for 7 days: if it is older, ask the customer to send it again; otherwise check the connection and try again.</source>
        <translation>このファイルをWhatsAppからダウンロードできませんでした（{error}）。WhatsAppがお客様のファイルを保管するのは7日間です。それより古い場合はお客様にもう一度送ってもらってください。そうでなければ接続を確認し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This message has no file.</source>
        <translation>このメッセージにはファイルがありません。</translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. Use Save as… and open it from its folder, or install a viewer for this kind of file.</source>
        <translation>このコンピューターには「{name}」を開けるプログラムがありません。「名前を付けて保存…」で保存してフォルダーから開くか、この種類のファイルを開くアプリをインストールしてください。</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>ファイルの保存先</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>ボイスメッセージ</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>This picture cannot be shown here. Use Save as… and open it with another program.</source>
        <translation>この写真はここでは表示できません。「名前を付けて保存…」で保存し、別のプログラムで開いてください。</translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder, or free some disk space, and try again.</source>
        <translation>ファイルを書き込めませんでした（{error}）。別のフォルダーを選ぶかディスクの空きを増やして、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>MediaSend</name>
    <message>
        <source>WhatsApp accepts pictures (JPEG, PNG), videos (MP4, 3GP), audio (AAC, AMR, MP3, M4A, OGG), documents (PDF, TXT, Word, Excel, PowerPoint) and WebP stickers.</source>
        <extracomment>What WhatsApp accepts, by kind: the MIME types and the largest file (reference §7.3).</extracomment>
        <translation>WhatsAppで送れるのは、写真（JPEG、PNG）、動画（MP4、3GP）、音声（AAC、AMR、MP3、M4A、OGG）、文書（PDF、TXT、Word、Excel、PowerPoint）、WebP形式のステッカーです。</translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts pictures up to {limit}.</source>
        <translation>「{name}」は{size}です。WhatsAppで送れる写真は{limit}までです。</translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts videos up to {limit}.</source>
        <translation>「{name}」は{size}です。WhatsAppで送れる動画は{limit}までです。</translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts audio files up to {limit}.</source>
        <translation>「{name}」は{size}です。WhatsAppで送れる音声ファイルは{limit}までです。</translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts documents up to {limit}.</source>
        <translation>「{name}」は{size}です。WhatsAppで送れる文書は{limit}までです。</translation>
    </message>
    <message>
        <source>Make the picture smaller, or send it as a PDF document (up to 100 MB).</source>
        <translation>写真を小さくするか、PDF文書（100 MBまで）として送ってください。</translation>
    </message>
    <message>
        <source>Shorten or compress the video.</source>
        <translation>動画を短くするか圧縮してください。</translation>
    </message>
    <message>
        <source>Shorten or compress the recording.</source>
        <translation>録音を短くするか圧縮してください。</translation>
    </message>
    <message>
        <source>Split the document or compress it.</source>
        <translation>文書を分割するか圧縮してください。</translation>
    </message>
    <message>
        <source>WhatsApp does not accept {type} files.</source>
        <translation>WhatsAppでは{type}ファイルを送れません。</translation>
    </message>
    <message>
        <source>“{name}” is empty: there is nothing to send.</source>
        <translation>「{name}」は空です。送る内容がありません。</translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts WebP stickers up to 100 KB (animated: 500 KB). Make it smaller, or send a JPEG or PNG picture.</source>
        <translation>「{name}」は{size}です。WhatsAppで送れるWebPステッカーは100 KBまで（アニメーションは500 KBまで）です。小さくするか、JPEGまたはPNGの写真として送ってください。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({error}). Check that it still exists.</source>
        <translation>「{name}」を読み込めません（{error}）。ファイルがまだあるか確認してください。</translation>
    </message>
    <message>
        <source>Voice notes, audio and stickers cannot have a caption on WhatsApp. Send the text as a message of its own.</source>
        <translation>WhatsAppではボイスメッセージ、音声、ステッカーにキャプションを付けられません。文章は別のメッセージとして送ってください。</translation>
    </message>
    <message>
        <source>The caption has {count} characters: WhatsApp allows {limit}. Shorten it.</source>
        <translation>キャプションが{count}文字あります。WhatsAppでは{limit}文字までです。短くしてください。</translation>
    </message>
</context>
<context>
    <name>MessageInfoDialog</name>
    <message>
        <source>Message info</source>
        <translation>メッセージ情報</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>まだ報告なし</translation>
    </message>
</context>
<context>
    <name>MessageSearchResults</name>
    <message>
        <source>Show older matches</source>
        <translation>さらに古い一致を表示</translation>
    </message>
    <message>
        <source>No messages contain “{text}”.</source>
        <translation>「{text}」を含むメッセージはありません。</translation>
    </message>
    <message>
        <source>Messages: short words are looked up in recent messages first.</source>
        <translation>メッセージ：短い語は最近のメッセージから順に検索しています。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>MetaFiguresPanel</name>
    <message>
        <source>Marketing (Marketing Messages API)</source>
        <translation>マーケティング（Marketing Messages API）</translation>
    </message>
    <message>
        <source>Get Meta&apos;s figures</source>
        <translation>Metaの数字を取得</translation>
    </message>
    <message>
        <source>Ask Meta for its own count and cost of your messages, per month</source>
        <translation>Meta自身が数えたメッセージ数と費用を月ごとに取得します</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Meta&apos;s figure</source>
        <translation>Metaの数字</translation>
    </message>
    <message>
        <source>This app&apos;s bill</source>
        <translation>このアプリの請求</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差額</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Charged messages and their cost, as Meta&apos;s own billing counted them</source>
        <translation>Metaの請求で数えられた課金対象メッセージとその費用</translation>
    </message>
    <message>
        <source>Charged messages and their cost, as this app&apos;s rules bill them</source>
        <translation>このアプリのルールで計算した課金対象メッセージとその費用</translation>
    </message>
    <message>
        <source>Meta&apos;s figures need a connection: start WABA Desk in live mode (or the sandbox) with its database to compare them with this bill.</source>
        <translation>Metaの数字を取得するには接続が必要です。この請求と比べるには、データベースを開いた状態でWABA Deskを本番モード（またはサンドボックス）で起動してください。</translation>
    </message>
    <message>
        <source>Meta&apos;s own count and cost of your delivered messages (its pricing analytics, from July 2025, up to a year back) beside this app&apos;s bill.</source>
        <translation>配信済みメッセージについてMeta自身が数えた件数と費用（料金分析。2025年7月以降、最大1年前まで）を、このアプリの請求と並べて表示します。</translation>
    </message>
    <message>
        <source>Asking Meta for its figures…</source>
        <translation>Metaに数字を問い合わせています…</translation>
    </message>
    <message>
        <source>Meta&apos;s figures could not be read: {error}. Press Get Meta&apos;s figures to try again.</source>
        <translation>Metaの数字を読み取れませんでした: {error}。「Metaの数字を取得」を押して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Meta could not be reached: this PC seems to be offline, or Meta is not answering. Check the connection, then press Get Meta&apos;s figures again.</source>
        <translation>Metaに接続できません。このPCがオフラインか、Metaが応答していません。接続を確認してから、もう一度「Metaの数字を取得」を押してください。</translation>
    </message>
    <message>
        <source>The access token may not read this account&apos;s analytics ({title}). In Meta&apos;s Business Settings → System users, give the system user the whatsapp_business_management permission and access to this WhatsApp Business Account, generate a new token and paste it in Settings.</source>
        <translation>このアクセストークンでは、このアカウントの分析データを読み取れません（{title}）。Metaのビジネス設定 → システムユーザーで、システムユーザーに whatsapp_business_management 権限とこのWhatsAppビジネスアカウントへのアクセス権を付与し、新しいトークンを生成して設定に貼り付けてください。</translation>
    </message>
    <message>
        <source>Meta did not give its figures: {title}. {advice}</source>
        <translation>Metaから数字を取得できませんでした: {title}。{advice}</translation>
    </message>
    <message>
        <source>Meta&apos;s figures are in; waiting for History to bill the months…</source>
        <translation>Metaの数字を取得しました。履歴で各月の請求が計算されるのを待っています…</translation>
    </message>
    <message>
        <source>Neither Meta nor this app has charged or free messages since July 2025 in the months History has billed.</source>
        <translation>履歴で計算した月には、2025年7月以降、Metaにもこのアプリにも課金・無料のメッセージがありません。</translation>
    </message>
    <message>
        <source>{n} of {total} rows differ from Meta; each says why. Meta&apos;s figures are its own billing of delivered messages.</source>
        <translation>{total}行のうち{n}行がMetaと異なります。各行に理由を表示しています。Metaの数字は、配信済みメッセージに対するMeta自身の請求です。</translation>
    </message>
    <message>
        <source>All {total} rows agree with Meta.</source>
        <translation>{total}行すべてがMetaと一致しています。</translation>
    </message>
    <message>
        <source>{n} figure(s) from Meta were unreadable and left out.</source>
        <translation>Metaの数字のうち{n}件は読み取れなかったため除外しました。</translation>
    </message>
    <message>
        <source>(+{n} free)</source>
        <translation>（無料 +{n}件）</translation>
    </message>
    <message>
        <source>{n} message(s)</source>
        <translation>{n}件</translation>
    </message>
</context>
<context>
    <name>MonthMeter</name>
    <message>
        <source>{channel}: {amount} this month ({count} charged messages)</source>
        <translation>{channel}: 今月 {amount}（課金メッセージ {count} 件）</translation>
    </message>
    <message>
        <source>{left} of {limit} free service replies left.</source>
        <translation>無料サービス返信は残り {left} / {limit} 件。</translation>
    </message>
    <message>
        <source>{count} could not be priced (customer&apos;s country unknown).</source>
        <translation>{count} 件は料金を算出できません（お客様の国が不明）。</translation>
    </message>
    <message>
        <source>This month: choose a channel to see what it cost.</source>
        <translation>今月: チャネルを選ぶと料金が表示されます。</translation>
    </message>
    <message>
        <source>All channels: {amount} this month ({count} charged messages)</source>
        <translation>すべてのチャネル: 今月 {amount}（課金メッセージ {count} 件）</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>{count} unread</source>
        <translation>未読 {count} 件</translation>
    </message>
</context>
<context>
    <name>NewChat</name>
    <message>
        <source>Enter the customer&apos;s WhatsApp number, for example +1 650 555 1234, or pick a contact from the list.</source>
        <translation>お客様のWhatsApp番号を入力するか(例: +81 90 1234 5678)、一覧から連絡先を選んでください。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number. Write it with the country code, for example +1 650 555 1234 or +81 90 1234 5678.</source>
        <translation>「{text}」は有効な電話番号ではありません。国番号を付けて入力してください(例: +81 90 1234 5678、+1 650 555 1234)。</translation>
    </message>
    <message>
        <source>The chat could not be started ({error}). Try again.</source>
        <translation>チャットを開始できませんでした({error})。もう一度お試しください。</translation>
    </message>
    <message>
        <source>New chat: start it with a template</source>
        <translation>新しいチャット: テンプレートで開始</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Number with country code, or a name</source>
        <translation>国番号付きの番号、または名前</translation>
    </message>
    <message>
        <source>Any format works: +81 90-1234-5678, 0044 20 7946 0958, or a number of the channel&apos;s country. Or type a name and pick the contact.</source>
        <translation>どの書式でも入力できます: +81 90-1234-5678、0044 20 7946 0958、またはチャネルの国の番号。名前を入力して連絡先を選ぶこともできます。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>From channel</source>
        <translation>送信元チャネル</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>{channel} ({number})</source>
        <translation>{channel}({number})</translation>
    </message>
    <message>
        <source>Choose the channel to write from.</source>
        <translation>送信元のチャネルを選んでください。</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsBox</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages</source>
        <translation>新着メッセージをデスクトップ通知で知らせる</translation>
    </message>
    <message>
        <source>Play a sound for new messages</source>
        <translation>新着メッセージで音を鳴らす</translation>
    </message>
    <message>
        <source>Quiet hours: no notification and no sound</source>
        <translation>おやすみ時間: 通知も音も出さない</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Unticked numbers still count unread messages, silently.</source>
        <translation>チェックを外した番号も未読数には数えますが、通知や音は出しません。</translation>
    </message>
    <message>
        <source>Ring for these numbers</source>
        <translation>通知する電話番号</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Photo</source>
        <extracomment>A message stored longer than this after it was written is history, not news. How long arrivals are gathered before one check (a burst rings once).</extracomment>
        <translation>写真</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>音声メッセージ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ステッカー</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>連絡先カード</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>リアクション</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新しいメッセージ</translation>
    </message>
</context>
<context>
    <name>NumberLabels</name>
    <message>
        <source>Not reported yet</source>
        <translation>まだ報告がありません</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>まだ評価されていません</translation>
    </message>
    <message>
        <source>50 customers a day</source>
        <translation>1日 50 人のお客様まで</translation>
    </message>
    <message>
        <source>250 customers a day</source>
        <translation>1日 250 人のお客様まで</translation>
    </message>
    <message>
        <source>1,000 customers a day</source>
        <translation>1日 1,000 人のお客様まで</translation>
    </message>
    <message>
        <source>2,000 customers a day</source>
        <translation>1日 2,000 人のお客様まで</translation>
    </message>
    <message>
        <source>10,000 customers a day</source>
        <translation>1日 10,000 人のお客様まで</translation>
    </message>
    <message>
        <source>100,000 customers a day</source>
        <translation>1日 100,000 人のお客様まで</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Not set until the first message</source>
        <translation>最初のメッセージまで未設定</translation>
    </message>
    <message>
        <source>A limit WABA Desk does not know yet</source>
        <translation>WABA Desk がまだ知らない上限です</translation>
    </message>
    <message>
        <source>Connected: can send and receive</source>
        <translation>接続済み：送受信できます</translation>
    </message>
    <message>
        <source>Not connected: register the number to use it</source>
        <translation>未接続：使うにはこの番号を登録してください</translation>
    </message>
    <message>
        <source>Waiting to be connected</source>
        <translation>接続待ち</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>まだ確認されていません</translation>
    </message>
    <message>
        <source>Flagged for low quality: its limit may be lowered</source>
        <translation>品質が低いと警告されています：上限が下げられる可能性があります</translation>
    </message>
    <message>
        <source>Restricted: it can&apos;t start conversations for now</source>
        <translation>制限中：今は会話を開始できません</translation>
    </message>
    <message>
        <source>Sending too fast: Meta is slowing it down</source>
        <translation>送信が速すぎます：Meta が送信速度を落としています</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Moved to another account</source>
        <translation>別のアカウントに移行済み</translation>
    </message>
    <message>
        <source>Banned by WhatsApp</source>
        <translation>WhatsApp により利用停止</translation>
    </message>
    <message>
        <source>A state WABA Desk does not know yet: open WhatsApp Manager</source>
        <translation>WABA Desk がまだ知らない状態です：WhatsAppマネージャを開いてください</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Usable without review</source>
        <translation>審査なしで使用可能</translation>
    </message>
    <message>
        <source>Declined: change the display name</source>
        <translation>却下：表示名を変更してください</translation>
    </message>
    <message>
        <source>Expired: submit the name again</source>
        <translation>期限切れ：名前をもう一度申請してください</translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s review</source>
        <translation>Meta の審査待ち</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未申請</translation>
    </message>
    <message>
        <source>Unknown review state</source>
        <translation>不明な審査状態</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Not verified: request a code</source>
        <translation>未確認：コードをリクエストしてください</translation>
    </message>
    <message>
        <source>Verification expired: request a new code</source>
        <translation>確認の期限切れ：新しいコードをリクエストしてください</translation>
    </message>
    <message>
        <source>Unknown verification state</source>
        <translation>不明な確認状態</translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation>クラウド API</translation>
    </message>
    <message>
        <source>On-premises API (being retired: move it to the Cloud API)</source>
        <translation>オンプレミス API（提供終了予定：クラウド API に移行してください）</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Unknown platform</source>
        <translation>不明なプラットフォーム</translation>
    </message>
    <message>
        <source>{n} messages a second (shared with the WhatsApp Business app)</source>
        <translation>毎秒 {n} 件（WhatsApp Business アプリと共有）</translation>
    </message>
    <message>
        <source>{n} messages a second (upgraded)</source>
        <translation>毎秒 {n} 件（引き上げ済み）</translation>
    </message>
    <message>
        <source>{n} messages a second</source>
        <translation>毎秒 {n} 件</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Rejected: the account can&apos;t send messages</source>
        <translation>却下：このアカウントはメッセージを送信できません</translation>
    </message>
    <message>
        <source>Review postponed</source>
        <translation>審査延期</translation>
    </message>
    <message>
        <source>Review limit reached</source>
        <translation>審査の上限に達しました</translation>
    </message>
    <message>
        <source>It can&apos;t start conversations (templates to customers who have not written). Answering customers still works. Read the policy notice in WhatsApp Manager and fix what it names; the restriction lifts by itself when it expires.</source>
        <translation>会話を開始できません（メッセージをくれていないお客様へのテンプレート）。お客様への返信はできます。WhatsAppマネージャのポリシー通知を読み、指摘された点を直してください。制限は期限が来ると自動で解除されます。</translation>
    </message>
    <message>
        <source>It can&apos;t answer customers. Read the policy notice in WhatsApp Manager and request a review if you think it is a mistake.</source>
        <translation>お客様に返信できません。WhatsAppマネージャのポリシー通知を読み、誤りだと思う場合は審査を依頼してください。</translation>
    </message>
    <message>
        <source>No new numbers can be added to this account for now. Wait until the restriction expires.</source>
        <translation>今はこのアカウントに新しい番号を追加できません。制限の期限が切れるまでお待ちください。</translation>
    </message>
    <message>
        <source>Meta restricted this account. Open WhatsApp Manager to see what is restricted and why.</source>
        <translation>Meta がこのアカウントを制限しました。WhatsAppマネージャを開いて、何がなぜ制限されたかを確認してください。</translation>
    </message>
    <message>
        <source>Until {when}.</source>
        <translation>{when} まで。</translation>
    </message>
    <message>
        <source>WhatsApp will disable this account for policy violations. Appeal in WhatsApp Manager (Account quality) before the date, or move your customers to another channel.</source>
        <translation>ポリシー違反のため、WhatsApp はこのアカウントを無効にする予定です。期日までに WhatsAppマネージャ（アカウントクオリティ）で異議を申し立てるか、お客様を別の連絡手段に移してください。</translation>
    </message>
    <message>
        <source>WhatsApp disabled this account for policy violations: it can&apos;t send messages. Appeal in WhatsApp Manager (Account quality).</source>
        <translation>ポリシー違反のため WhatsApp がこのアカウントを無効にしました。メッセージは送信できません。WhatsAppマネージャ（アカウントクオリティ）で異議を申し立ててください。</translation>
    </message>
    <message>
        <source>WhatsApp changed this account&apos;s standing: see WhatsApp Manager.</source>
        <translation>WhatsApp がこのアカウントの状態を変更しました：WhatsAppマネージャを確認してください。</translation>
    </message>
    <message>
        <source>Date: {date}.</source>
        <translation>日付：{date}。</translation>
    </message>
</context>
<context>
    <name>NumberManagement</name>
    <message>
        <source>The two-step verification PIN is 6 digits.</source>
        <translation>2段階認証のPINは 6 桁です。</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>2 つの PIN が違います。同じ PIN を 2 回入力してください。</translation>
    </message>
    <message>
        <source>A number shared with the WhatsApp Business app can&apos;t be deregistered here: disconnect it in the app (Settings → Business platform).</source>
        <translation>WhatsApp Business アプリと共有している番号はここでは登録解除できません。アプリで接続を解除してください（設定 → ビジネスプラットフォーム）。</translation>
    </message>
</context>
<context>
    <name>NumberOnboarding</name>
    <message>
        <source>Use 2 to 75 characters.</source>
        <translation>2〜75 文字にしてください。</translation>
    </message>
    <message>
        <source>Leave out the word WhatsApp: Meta rejects it in names.</source>
        <translation>「WhatsApp」という語は入れないでください。Meta は名前に含まれていると却下します。</translation>
    </message>
    <message>
        <source>Leave out web addresses.</source>
        <translation>ウェブアドレスは入れないでください。</translation>
    </message>
    <message>
        <source>Leave out emoji and symbols.</source>
        <translation>絵文字や記号は入れないでください。</translation>
    </message>
    <message>
        <source>Don&apos;t write it all in capitals (only acronyms may be).</source>
        <translation>すべて大文字にしないでください（略語のみ可）。</translation>
    </message>
    <message>
        <source>This add-number flow was removed: start again.</source>
        <translation>この番号追加のフローは削除されました。最初からやり直してください。</translation>
    </message>
    <message>
        <source>A code was sent a moment ago: wait {seconds} seconds before asking for another one.</source>
        <translation>少し前にコードを送りました。別のコードをリクエストするまで {seconds} 秒お待ちください。</translation>
    </message>
    <message>
        <source>The code has 6 digits: type all of them.</source>
        <translation>コードは 6 桁です。すべて入力してください。</translation>
    </message>
    <message>
        <source>The two-step verification PIN is 6 digits.</source>
        <translation>2段階認証のPINは 6 桁です。</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>2 つの PIN が違います。同じ PIN を 2 回入力してください。</translation>
    </message>
    <message>
        <source>Too many code requests for this number: wait before asking again (Meta allows only a few a day), then request the code once.</source>
        <translation>この番号へのコードのリクエストが多すぎます。しばらく待ってから（Meta が認めるのは 1 日に数回だけです）、コードを 1 回だけリクエストしてください。</translation>
    </message>
    <message>
        <source>The code has expired: request a new code and enter it soon.</source>
        <translation>コードの有効期限が切れました。新しいコードをリクエストして、すぐに入力してください。</translation>
    </message>
    <message>
        <source>The code is wrong: check the SMS or call and type the 6 digits again, or request a new code.</source>
        <translation>コードが違います。SMS か電話を確認して 6 桁をもう一度入力するか、新しいコードをリクエストしてください。</translation>
    </message>
    <message>
        <source>The PIN does not match this number&apos;s two-step verification PIN. Type the PIN set before; if nobody remembers it, reset it from WhatsApp Manager (Phone numbers → Settings → Two-step verification), then register again.</source>
        <translation>PIN がこの番号の2段階認証のPINと一致しません。以前に設定した PIN を入力してください。誰も覚えていない場合は WhatsAppマネージャ（電話番号 → 設定 → 2段階認証）でリセットしてから、もう一度登録してください。</translation>
    </message>
    <message>
        <source>Verify the number with a code first, then register it.</source>
        <translation>先にコードで番号を確認してから登録してください。</translation>
    </message>
    <message>
        <source>This number was registered or deregistered more than 10 times in 72 hours: Meta blocks it for 72 hours. Try again after that.</source>
        <translation>この番号は 72 時間に 10 回を超えて登録または登録解除されました。Meta は 72 時間ブロックします。その後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>This number is already in use on another WhatsApp Business Account or in the WhatsApp app. Delete it there first (or migrate it from the other provider), then add it again.</source>
        <translation>この番号は別のWhatsAppビジネスアカウントか WhatsApp アプリですでに使われています。先にそちらで削除する（または別のプロバイダーから移行する）と、もう一度追加できます。</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Numbers and accounts</source>
        <translation>電話番号とアカウント</translation>
    </message>
    <message>
        <source>Refresh from WhatsApp</source>
        <translation>WhatsApp から更新</translation>
    </message>
    <message>
        <source>Fetch every account and number again from the WhatsApp Business Platform</source>
        <translation>WhatsApp Business Platform からすべてのアカウントと番号を取得し直します</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Click to chat</source>
        <translation>クリックしてチャット</translation>
    </message>
    <message>
        <source>This number</source>
        <translation>この番号</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Number verification</source>
        <translation>番号の確認</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>品質評価</translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation>メッセージ送信上限</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>送信速度</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>テスト番号</translation>
    </message>
    <message>
        <source>Official business account</source>
        <translation>公式ビジネスアカウント</translation>
    </message>
    <message>
        <source>Also in the WhatsApp Business app</source>
        <translation>WhatsApp Business アプリでも使用</translation>
    </message>
    <message>
        <source>Two-step verification PIN</source>
        <translation>2段階認証のPIN</translation>
    </message>
    <message>
        <source>Account standing</source>
        <translation>アカウントの状態</translation>
    </message>
    <message>
        <source>Quality history (kept on this computer)</source>
        <translation>品質の履歴（このコンピューターに保存）</translation>
    </message>
    <message>
        <source>No accounts yet. Press “Refresh from WhatsApp” to fetch them.</source>
        <translation>まだアカウントがありません。「WhatsApp から更新」を押して取得してください。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Refresh failed: {reason}</source>
        <translation>更新できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>{time} に更新</translation>
    </message>
    <message>
        <source>Accounts added by id</source>
        <translation>ID で追加したアカウント</translation>
    </message>
    <message>
        <source>Business portfolio {id}</source>
        <translation>ビジネスポートフォリオ {id}</translation>
    </message>
    <message>
        <source>Choose a number</source>
        <translation>番号を選んでください</translation>
    </message>
    <message>
        <source>Messaging limit of the whole business: {limit}</source>
        <translation>ビジネス全体のメッセージ送信上限：{limit}</translation>
    </message>
    <message>
        <source>Phone numbers it may register: {n}</source>
        <translation>登録できる電話番号の数：{n}</translation>
    </message>
    <message>
        <source>{wabas} WhatsApp Business Accounts, {numbers} numbers</source>
        <translation>WhatsAppビジネスアカウント {wabas} 件、番号 {numbers} 件</translation>
    </message>
    <message>
        <source>WhatsApp Business Account {id} · {count} numbers</source>
        <translation>WhatsAppビジネスアカウント {id} · 番号 {count} 件</translation>
    </message>
    <message>
        <source>In {waba}</source>
        <translation>{waba} 内</translation>
    </message>
    <message>
        <source>{limit} (shared by every number of the business)</source>
        <translation>{limit}（ビジネスのすべての番号で共有）</translation>
    </message>
    <message>
        <source>Yes: it can message only up to 5 allowed recipients</source>
        <translation>はい：許可した最大 5 人の宛先にだけ送信できます</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Yes: messages are shared with the app on the phone (20 messages a second)</source>
        <translation>はい：メッセージはスマートフォンのアプリと共有されます（毎秒 20 件）</translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation>まだ報告がありません</translation>
    </message>
    <message>
        <source>Account review: {state}</source>
        <translation>アカウント審査：{state}</translation>
    </message>
    <message>
        <source>No restrictions: this account can send normally.</source>
        <translation>制限はありません：このアカウントは通常どおり送信できます。</translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation>番号を追加…</translation>
    </message>
    <message>
        <source>Business app or API?</source>
        <translation>Business アプリか API か？</translation>
    </message>
    <message>
        <source>Test environment</source>
        <translation>テスト環境</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>ビジネスプロフィール</translation>
    </message>
    <message>
        <source>Badge and migration</source>
        <translation>バッジと移行</translation>
    </message>
    <message>
        <source>Manage this number</source>
        <translation>この番号の管理</translation>
    </message>
    <message>
        <source>Change display name…</source>
        <translation>表示名を変更…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>PIN を変更…</translation>
    </message>
    <message>
        <source>Deregister…</source>
        <translation>登録解除…</translation>
    </message>
    <message>
        <source>Change display name</source>
        <translation>表示名を変更</translation>
    </message>
    <message>
        <source>New display name for {number}. Meta reviews it again; once approved, register the number again within 14 days.</source>
        <translation>{number} の新しい表示名です。Meta が改めて審査します。承認されたら 14 日以内に番号を登録し直してください。</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN を変更</translation>
    </message>
    <message>
        <source>New 6-digit two-step verification PIN</source>
        <translation>新しい 6 桁の2段階認証のPIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>同じ PIN をもう一度</translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation>登録解除</translation>
    </message>
    <message>
        <source>Deregister {number}? It stops sending and receiving until it is registered again; its history stays here. Meta allows 10 register or deregister requests in 72 hours.</source>
        <translation>{number} を登録解除しますか？もう一度登録するまで送受信できなくなります。履歴はここに残ります。Meta が認める登録・登録解除のリクエストは 72 時間に 10 回までです。</translation>
    </message>
    <message>
        <source>New display name submitted: Meta reviews it, usually within a day.</source>
        <translation>新しい表示名を申請しました。Meta が審査します（通常 1 日以内）。</translation>
    </message>
    <message>
        <source>Two-step verification PIN changed. Keep it somewhere safe.</source>
        <translation>2段階認証のPINを変更しました。安全な場所に控えておいてください。</translation>
    </message>
    <message>
        <source>Deregistered. Register it again with “Add a number…” to use it.</source>
        <translation>登録解除しました。使うには「番号を追加…」からもう一度登録してください。</translation>
    </message>
    <message>
        <source>Add an account by id…</source>
        <translation>IDでアカウントを追加…</translation>
    </message>
    <message>
        <source>Add a WhatsApp Business Account by its id, after checking the token reaches it</source>
        <translation>トークンが届くことを確認してから、IDでWhatsAppビジネスアカウントを追加します</translation>
    </message>
    <message>
        <source>Add an account by id</source>
        <translation>IDでアカウントを追加</translation>
    </message>
    <message>
        <source>WhatsApp Business Account id (WhatsApp Manager → Account tools → Business info). WABA Desk first checks that the access token reaches it.</source>
        <translation>WhatsAppビジネスアカウントのID(WhatsAppマネージャ → アカウントツール → ビジネス情報)。WABA Deskはまずアクセストークンがこのアカウントに届くか確認します。</translation>
    </message>
    <message>
        <source>Checking the access token with Meta…</source>
        <translation>Metaでアクセストークンを確認しています…</translation>
    </message>
    <message>
        <source>Added {name} ({id}): its numbers and templates are listed now.</source>
        <translation>{name}({id})を追加しました。電話番号とテンプレートが一覧に表示されます。</translation>
    </message>
    <message>
        <source>Account {id} was not added:</source>
        <translation>アカウント {id} は追加されませんでした:</translation>
    </message>
</context>
<context>
    <name>OfficialBadge</name>
    <message>
        <source>Give the business&apos;s website with http:// or https://, e.g. https://sakura-cafe.example.</source>
        <translation>ビジネスのウェブサイトを http:// または https:// から入力してください(例: https://sakura-cafe.example)。</translation>
    </message>
    <message>
        <source>Add at least one link that shows the business is well known: a news article or another public page about it (not an advertisement).</source>
        <translation>ビジネスの知名度を示すリンクを1つ以上追加してください。ニュース記事やビジネスについての公開ページです(広告は不可)。</translation>
    </message>
    <message>
        <source>Give at most {max} links; keep the best.</source>
        <translation>リンクは{max}件までです。最も良いものを残してください。</translation>
    </message>
    <message>
        <source>This is not a web address starting with https://: {link}</source>
        <translation>https:// で始まるウェブアドレスではありません: {link}</translation>
    </message>
    <message>
        <source>This number has the badge already.</source>
        <translation>この番号にはすでに認証バッジがあります。</translation>
    </message>
    <message>
        <source>A request for this number is being reviewed: wait for Meta&apos;s answer.</source>
        <translation>この番号の申請は審査中です。Metaの回答をお待ちください。</translation>
    </message>
    <message>
        <source>Meta refused this number&apos;s last request less than 30 days ago: ask again after 30 days, with stronger links about the business.</source>
        <translation>この番号の前回の申請は30日以内にMetaに却下されています。30日後に、ビジネスについてのより確かなリンクを添えて再申請してください。</translation>
    </message>
    <message>
        <source>Test numbers can&apos;t get the badge: request it for a real number.</source>
        <translation>テスト番号には認証バッジを付与できません。実際の番号で申請してください。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The customer&apos;s 24-hour window is closed: only an approved template can be sent until they write again.</source>
        <translation>このお客様との24時間の返信可能時間は終了しています。お客様から再びメッセージが届くまでは、承認済みテンプレートしか送信できません。</translation>
    </message>
    <message>
        <source>The connection dropped while sending, so WhatsApp may have received this message. Check the customer&apos;s chat before you retry it.</source>
        <translation>送信中に接続が切れたため、このメッセージはWhatsAppに届いている可能性があります。再送信する前に、お客様とのチャットを確認してください。</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>この会話はもう存在しません。</translation>
    </message>
    <message>
        <source>WhatsApp has not reported this message, so it most likely did not arrive. Send it again if the customer still needs it; a late report would show it as delivered instead.</source>
        <extracomment>Seconds after a send within which a missing report proves nothing yet. The row&apos;s advice once a check found no report (placeholder-free: the bubble translates it).</extracomment>
        <translation>WhatsApp からこのメッセージの報告がないため、おそらく届いていません。お客様にまだ必要であれば再送してください。遅れて報告が届いた場合は、配信済みとして表示されます。</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>このメッセージは送信トレイにもうありません。</translation>
    </message>
    <message>
        <source>WhatsApp confirmed that this message arrived, so it will not be sent again.</source>
        <translation>WhatsApp がこのメッセージの到着を確認したため、再送はしません。</translation>
    </message>
    <message>
        <source>This message is no longer waiting for a check.</source>
        <translation>このメッセージはもう確認待ちではありません。</translation>
    </message>
    <message>
        <source>This message was sent moments ago and WhatsApp may still report it. Check again in two minutes before you send it again.</source>
        <translation>このメッセージは送信した直後のため、これから WhatsApp から報告が届くかもしれません。再送する前に、2 分後にもう一度確認してください。</translation>
    </message>
    <message>
        <source>WhatsApp has not reported this message in the {minutes} minutes since it was sent, so it most likely did not arrive. If WABA Desk was closed at the time, a report may still come later. Send it again only if the customer still needs it.</source>
        <translation>送信から {minutes} 分たっても WhatsApp からこのメッセージの報告がないため、おそらく届いていません。送信時に WABA Desk が閉じていた場合は、後から報告が届くこともあります。お客様にまだ必要な場合にだけ再送してください。</translation>
    </message>
    <message>
        <source>This customer stopped marketing messages in WhatsApp, so marketing templates are not sent to them (Meta would refuse them with error 131050). Send a utility template, or wait until they resume marketing messages.</source>
        <translation>この相手は WhatsApp でマーケティングメッセージの受信を停止しているため、マーケティングテンプレートは送信しません（Meta はエラー 131050 で拒否します）。ユーティリティテンプレートを送るか、相手がマーケティングメッセージの受信を再開するまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>PriceLine</name>
    <message>
        <source>Price of the next reply: cannot be estimated for this customer.</source>
        <translation>次の返信の料金: このお客様については見積もれません。</translation>
    </message>
    <message>
        <source>The customer&apos;s country is not known from their number, or no rate card covers it. Import Meta&apos;s rate card on the Pricing page.</source>
        <translation>番号からお客様の国がわからないか、対応する料金表がありません。料金ページでMetaの料金表を取り込んでください。</translation>
    </message>
    <message>
        <source>A free-form reply cannot be sent now.</source>
        <translation>現在、自由形式の返信は送信できません。</translation>
    </message>
    <message>
        <source>Next reply: {amount} ({market} rate).</source>
        <translation>次の返信: {amount}（{market} の料金）。</translation>
    </message>
    <message>
        <source>This month&apos;s {limit} free service replies are used up.</source>
        <translation>今月の無料サービス返信 {limit} 件は使い切りました。</translation>
    </message>
    <message>
        <source>(rate not verified)</source>
        <translation>（単価は未検証）</translation>
    </message>
    <message>
        <source>Next reply: free ({left} of {limit} free service replies left this month).</source>
        <translation>次の返信: 無料（今月の無料サービス返信は残り {left} / {limit} 件）。</translation>
    </message>
    <message>
        <source>Next reply: free.</source>
        <translation>次の返信: 無料。</translation>
    </message>
    <message>
        <source>Next reply: …</source>
        <translation>次の返信: …</translation>
    </message>
    <message>
        <source>free (est.)</source>
        <translation>無料（見込み）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>{amount} est.</source>
        <translation>{amount}（見込み）</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>≈ {amount} {currency} (estimate at {rate} {currency} per {billed_currency})</source>
        <translation>≈ {amount} {currency}（1 {billed_currency} = {rate} {currency} で換算した概算）</translation>
    </message>
    <message>
        <source>Message {wamid}: the customer&apos;s country is unknown; it is left out.</source>
        <translation>メッセージ {wamid}: お客様の国が不明なため、集計から除外しました。</translation>
    </message>
    <message>
        <source>Template message {wamid}: its category is unknown; sync templates and replay again.</source>
        <translation>テンプレートメッセージ {wamid}: カテゴリが不明です。テンプレートを同期してから、もう一度再計算してください。</translation>
    </message>
    <message>
        <source>Meta marked it {meta}, our rules say {ours} ({rule}).</source>
        <translation>Metaの判定は {meta}、このアプリのルールでは {ours} です（{rule}）。</translation>
    </message>
    <message>
        <source>Meta charged it as {meta}, our rules as {ours}.</source>
        <translation>Metaは {meta} として課金しましたが、このアプリのルールでは {ours} です。</translation>
    </message>
    <message>
        <source>The customer wrote: a 24-hour customer service window is open.</source>
        <translation>お客様からメッセージが届きました。24時間の返信可能時間が始まります。</translation>
    </message>
    <message>
        <source>Messages from customers are never charged.</source>
        <translation>お客様からのメッセージは課金されません。</translation>
    </message>
    <message>
        <source>Not delivered, so not charged.</source>
        <translation>配信されなかったため、課金されません。</translation>
    </message>
    <message>
        <source>Rejected: a free-form message needs an open customer service window; send an approved template instead.</source>
        <translation>送信不可: 自由形式のメッセージは24時間の返信可能時間内にしか送れません。代わりに承認済みテンプレートを送信してください。</translation>
    </message>
    <message>
        <source>Reply within 24 hours to a click-to-WhatsApp ad or Page button: a free 72-hour entry point window opens.</source>
        <translation>WhatsAppへの誘導広告またはFacebookページのボタンから届いたメッセージに24時間以内に返信: 72時間の無料エントリーポイント期間が始まります。</translation>
    </message>
    <message>
        <source>Inside the free entry point window: every message is free.</source>
        <translation>無料エントリーポイント期間内: すべてのメッセージが無料です。</translation>
    </message>
    <message>
        <source>Inside an open {category} conversation: no new charge.</source>
        <translation>開始済みの{category}会話内: 新たな課金はありません。</translation>
    </message>
    <message>
        <source>Opens a 24-hour {category} conversation, charged at the {market} rate.</source>
        <translation>24時間の{category}会話を開始します。{market} の料金で課金されます。</translation>
    </message>
    <message>
        <source>Opens a {category} conversation, free: within the monthly free tier ({used} of {limit}).</source>
        <translation>{category}会話を開始します（無料）: 月間の無料枠内です（{limit}件中{used}件）。</translation>
    </message>
    <message>
        <source>Opens a service conversation, free: service conversations are free since November 2024.</source>
        <translation>サービス会話を開始します（無料）: 2024年11月以降、サービス会話は無料です。</translation>
    </message>
    <message>
        <source>Delivered {category} template: charged per message at the {market} rate.</source>
        <translation>{category}テンプレートを配信: {market} の料金でメッセージごとに課金されます。</translation>
    </message>
    <message>
        <source>Delivered {category} template #{ordinal} this month: volume-tier rate for {market}.</source>
        <translation>今月{ordinal}通目の{category}テンプレートを配信: {market} のボリューム階層料金が適用されます。</translation>
    </message>
    <message>
        <source>Non-template message inside the customer service window: free.</source>
        <translation>24時間の返信可能時間内のテンプレート以外のメッセージ: 無料です。</translation>
    </message>
    <message>
        <source>Utility template inside the customer service window: free (July 2025 to September 2026).</source>
        <translation>24時間の返信可能時間内のユーティリティテンプレート: 無料です（2025年7月～2026年9月）。</translation>
    </message>
    <message>
        <source>Inside a utility conversation opened before per-message pricing: free.</source>
        <translation>メッセージ単位の料金体系になる前に開始したユーティリティ会話内: 無料です。</translation>
    </message>
    <message>
        <source>Service reply: charged per message from October 2026 at the {market} rate.</source>
        <translation>サービスの返信: 2026年10月以降は、{market} の料金でメッセージごとに課金されます。</translation>
    </message>
    <message>
        <source>Service reply: free within the monthly allowance ({used} of {limit}, unverified).</source>
        <translation>サービスの返信: 月間の無料枠内のため無料です（{limit}件中{used}件、未確認）。</translation>
    </message>
</context>
<context>
    <name>PricingHistory</name>
    <message>
        <source>{waba} is billed in {currency}, which has no rate card here; its figures are in {fallback}. Import Meta&apos;s {currency} card for exact amounts.</source>
        <translation>{waba} の請求通貨 {currency} の料金表がないため、金額は {fallback} で表示しています。正確な金額を出すには、Metaの {currency} 料金表をインポートしてください。</translation>
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
        <translation>会話単位、ユーザー開始／ビジネス開始（2022年2月～2023年5月）</translation>
    </message>
    <message>
        <source>Conversation-based, four categories (Jun 2023 - Oct 2024)</source>
        <translation>会話単位、4カテゴリ（2023年6月～2024年10月）</translation>
    </message>
    <message>
        <source>Conversation-based, free service (Nov 2024 - Jun 2025)</source>
        <translation>会話単位、サービス無料（2024年11月～2025年6月）</translation>
    </message>
    <message>
        <source>Per-message, utility free in the window (Jul 2025 - Sep 2026)</source>
        <translation>メッセージ単位、返信可能時間内のユーティリティ無料（2025年7月～2026年9月）</translation>
    </message>
    <message>
        <source>Per-message, service and in-window utility charged (from Oct 2026)</source>
        <translation>メッセージ単位、サービスと返信可能時間内のユーティリティも課金（2026年10月以降）</translation>
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
    <name>PricingMarkets</name>
    <message>
        <source>Argentina</source>
        <extracomment>Meta&apos;s market names (rate-card rows), marked for translation; a market not listed here (a newer card&apos;s) is shown as the card names it.</extracomment>
        <translation>アルゼンチン</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>バングラデシュ</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>チリ</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>コロンビア</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>エジプト</translation>
    </message>
    <message>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>ハンガリー</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>インドネシア</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>イラク</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>イスラエル</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>イタリア</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>カザフスタン</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>クウェート</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>マレーシア</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>メキシコ</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>モロッコ</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>ネパール</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>オランダ</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>ナイジェリア</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北米</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>オマーン</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他の地域</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>パキスタン</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>ペルー</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>ポーランド</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>カタール</translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation>その他のアフリカ</translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation>その他のアジア太平洋</translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>その他の中東欧</translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation>その他の中南米</translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation>その他の中東</translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation>その他の西欧</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>ルーマニア</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>サウジアラビア</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>シンガポール</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南アフリカ</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>スペイン</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>スリランカ</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>トルコ</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>ウクライナ</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>アラブ首長国連邦</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>イギリス</translation>
    </message>
</context>
<context>
    <name>PricingMeta</name>
    <message>
        <source>Agrees with Meta.</source>
        <translation>Metaの数字と一致しています。</translation>
    </message>
    <message>
        <source>Meta bills this account in {meta}; these figures are in {ours} (there is no {meta} rate card here), so only the counts are compared.</source>
        <translation>Metaはこのアカウントを {meta} で請求していますが、ここの数字は {ours} です（{meta} の料金表がありません）。そのため件数だけを比べています。</translation>
    </message>
    <message>
        <source>Meta gave counts but no amount (it leaves the amount out when a partner pays the bill), so only the counts are compared.</source>
        <translation>Metaは件数だけを返し、金額を返しませんでした（パートナーが支払うアカウントでは金額が省かれます）。そのため件数だけを比べています。</translation>
    </message>
    <message>
        <source>Meta counted {n} more charged {category} message(s): sent from another app or PC on this account, or their status reports never reached this app.</source>
        <translation>Metaは課金対象の{category}メッセージをこのアプリより{n}件多く数えています。このアカウントから別のアプリやPCで送ったメッセージか、ステータス通知がこのアプリに届かなかったメッセージです。</translation>
    </message>
    <message>
        <source>This app charged {n} more {category} message(s) than Meta counted: Meta counts only delivered messages, its latest day can be missing for up to a day, and where our rules differ from Meta&apos;s the Reconciliation tab lists the messages.</source>
        <translation>このアプリはMetaより{category}メッセージを{n}件多く課金しています。Metaは配信されたメッセージだけを数え、直近の1日分は最大1日遅れて反映されます。ルールの違いによるものは「照合」タブにメッセージごとに表示されます。</translation>
    </message>
    <message>
        <source>Meta reported no charged {category} messages this month; if the month has just ended, try again tomorrow.</source>
        <translation>Metaはこの月の課金対象の{category}メッセージを報告していません。月が終わったばかりなら、明日もう一度お試しください。</translation>
    </message>
    <message>
        <source>Rate differs: Meta charged {meta} per message, the rate card says {ours}. Check the card in the Rate cards tab or import Meta&apos;s current one.</source>
        <translation>単価が違います。Metaは1通あたり {meta} を請求し、料金表では {ours} です。「料金表」タブで確認するか、Metaの最新の料金表をインポートしてください。</translation>
    </message>
    <message>
        <source>Meta&apos;s volume-tier discount lowers its rate once a month&apos;s volume is high.</source>
        <translation>月の通数が多くなると、Metaのボリューム割引で単価が下がります。</translation>
    </message>
    <message>
        <source>Same count; the amounts differ only by rounding ({difference}).</source>
        <translation>件数は同じで、金額の差は端数処理によるものだけです（{difference}）。</translation>
    </message>
    <message>
        <source>Meta also counted {n} free {category} message(s) (in the customer service window or a free entry point window); free messages are not on the bill.</source>
        <translation>Metaは無料の{category}メッセージも{n}件数えています（24時間の返信可能時間内、または無料エントリーポイントの期間内）。無料のメッセージは請求に含まれません。</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>The rate cards could not be loaded ({error}). Reinstall WABA Desk or import Meta&apos;s rate-card CSV in Settings.</source>
        <translation>料金表を読み込めませんでした（{error}）。WABA Deskを再インストールするか、「設定」でMetaの料金表CSVをインポートしてください。</translation>
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
        <source>Needs the app&apos;s database</source>
        <translation>アプリのデータベースが必要です</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>自動車</translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation>美容・スパ・サロン</translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation>衣料品・アパレル</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>エンターテインメント</translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation>イベント企画・サービス</translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation>金融・銀行</translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation>食品・食料品</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共サービス</translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation>ホテル・宿泊</translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation>医療・健康</translation>
    </message>
    <message>
        <source>Non-profit organisation</source>
        <translation>非営利団体</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>専門サービス</translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation>ショッピング・小売</translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation>旅行・交通</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>レストラン</translation>
    </message>
    <message>
        <source>Alcoholic beverages</source>
        <translation>アルコール飲料</translation>
    </message>
    <message>
        <source>Online gambling and gaming</source>
        <translation>オンラインギャンブル・ゲーム</translation>
    </message>
    <message>
        <source>Gambling and gaming (not online)</source>
        <translation>ギャンブル・ゲーム（オンライン以外）</translation>
    </message>
    <message>
        <source>Over-the-counter medicines</source>
        <translation>市販薬</translation>
    </message>
    <message>
        <source>Business account</source>
        <translation>ビジネスアカウント</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>About</source>
        <translation>自己紹介</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Second website</source>
        <translation>2 つ目のウェブサイト</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロフィールを保存</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Preview in dark mode</source>
        <translation>ダークモードでプレビュー</translation>
    </message>
    <message>
        <source>Profile of {number} saved</source>
        <translation>{number} のプロフィールを保存しました</translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation>写真を変更…</translation>
    </message>
    <message>
        <source>JPEG or PNG, square, at least 192 × 192 pixels, at most 5 MB</source>
        <translation>JPEGまたはPNG、正方形、192 × 192ピクセル以上、5 MB以下</translation>
    </message>
    <message>
        <source>Choose the profile photo</source>
        <translation>プロフィール写真を選択</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>画像 (*.jpg *.jpeg *.png);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>アップロードしています…</translation>
    </message>
    <message>
        <source>Photo uploaded: WhatsApp shows it within minutes.</source>
        <translation>写真をアップロードしました。数分以内にWhatsAppに表示されます。</translation>
    </message>
    <message>
        <source>Profile photo of {number} changed</source>
        <translation>{number} のプロフィール写真を変更しました</translation>
    </message>
</context>
<context>
    <name>ProfilePhoto</name>
    <message>
        <source>This file is not a JPEG or PNG picture. Open it in an image editor and save or export it as JPEG or PNG, then choose that file.</source>
        <translation>このファイルはJPEGまたはPNGの画像ではありません。画像編集ソフトで開いてJPEGまたはPNGで保存(書き出し)し、そのファイルを選んでください。</translation>
    </message>
    <message>
        <source>The picture is {size} MB; WhatsApp takes at most 5 MB. Save it smaller (640 × 640 pixels is all WhatsApp keeps).</source>
        <translation>画像が{size} MBあります。WhatsAppは5 MBまでです。小さく保存し直してください(WhatsAppが保存するのは640 × 640ピクセルまでです)。</translation>
    </message>
    <message>
        <source>The picture could not be read (the file may be damaged). Save it again as JPEG or PNG.</source>
        <translation>画像を読み取れませんでした(ファイルが壊れている可能性があります)。JPEGまたはPNGで保存し直してください。</translation>
    </message>
    <message>
        <source>The picture is {width} × {height} pixels; it needs at least 192 × 192. Use a larger picture (640 × 640 is best).</source>
        <translation>画像は{width} × {height}ピクセルです。192 × 192ピクセル以上が必要です。より大きな画像を使ってください(640 × 640が最適です)。</translation>
    </message>
    <message>
        <source>The picture is {width} × {height} pixels; WhatsApp shows a square cut to a circle. Crop it to a square with the logo in the middle.</source>
        <translation>画像は{width} × {height}ピクセルです。WhatsAppは正方形を円形に切り抜いて表示します。ロゴが中央に来るように正方形に切り抜いてください。</translation>
    </message>
    <message>
        <source>Meta did not say which app this token belongs to, so the picture can&apos;t be uploaded. Check the access token in Settings.</source>
        <translation>このトークンがどのアプリのものかMetaから返されなかったため、画像をアップロードできません。設定でアクセストークンを確認してください。</translation>
    </message>
</context>
<context>
    <name>QualityHistoryChart</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>No quality reading yet</source>
        <translation>品質の記録はまだありません</translation>
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
        <source>Unverified figures were found in only one source or calculated from another currency; charges that use them are marked * and may differ from Meta&apos;s invoice by a fraction of a cent.</source>
        <translation>未確認の料金は、1つの情報源でしか確認できなかったか、別の通貨から計算したものです。これを使った課金には * が付き、Meta の請求額と1セント未満ずれることがあります。</translation>
    </message>
    <message>
        <source>e.g. JPY</source>
        <translation>例: JPY</translation>
    </message>
    <message>
        <source>Import Meta CSV…</source>
        <translation>MetaのCSVをインポート…</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <source>Import a rate card</source>
        <translation>料金表のインポート</translation>
    </message>
    <message>
        <source>Download Meta&apos;s rate-card CSV for your billing currency from the WhatsApp pricing page, then import it here. Cards must list every market.</source>
        <translation>WhatsAppの料金ページから請求通貨の料金表CSVをダウンロードし、ここでインポートしてください。料金表にはすべての市場が含まれている必要があります。</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>件編集済み</translation>
    </message>
    <message>
        <source>Figures confirmed by one source only, or entered by hand.</source>
        <translation>出典が1つしかない値、または手入力された値です。</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Meta&apos;s own figures, taken from a copy of its published card.</source>
        <translation>Meta が公開した料金表の写しから取った、Meta 自身の料金です。</translation>
    </message>
    <message>
        <source>Calculated from Meta&apos;s card in another currency (at Meta&apos;s own conversion factor) or from a provider&apos;s list with its mark-up removed, and checked against other sources.</source>
        <translation>別通貨の Meta の料金表（Meta 自身の換算係数）やプロバイダーの価格表（上乗せ分を除く）から計算し、他の情報源と照合した料金です。</translation>
    </message>
    <message>
        <source>Meta&apos;s card with later changes taken from Meta&apos;s and providers&apos; announcements; figures marked unverified come from one source only.</source>
        <translation>Meta の料金表に、Meta やプロバイダーが発表したその後の変更を反映したものです。未確認の料金は1つの情報源によるものです。</translation>
    </message>
    <message>
        <source>Imported by you from Meta&apos;s rate-card CSV.</source>
        <translation>Meta の料金表 CSV からあなたが取り込んだものです。</translation>
    </message>
    <message>
        <source>How the figures were found is not stated.</source>
        <translation>料金の出典は記載されていません。</translation>
    </message>
    <message>
        <source>Covers only some markets: used only for bills in {currency}.</source>
        <translation>一部の市場のみを含みます。{currency} の請求にだけ使います。</translation>
    </message>
    <message>
        <source>Double-click to open {link}</source>
        <translation>ダブルクリックで {link} を開きます</translation>
    </message>
    <message>
        <source>Meta rate-card CSV</source>
        <translation>Metaの料金表CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Type the card&apos;s currency first (three letters, e.g. JPY).</source>
        <translation>先に料金表の通貨を入力してください（英字3文字、例: JPY）。</translation>
    </message>
    <message>
        <source>Not imported, nothing changed: {error}</source>
        <translation>インポートしませんでした。何も変更されていません: {error}</translation>
    </message>
    <message>
        <source>Imported {card} ({n} markets).</source>
        <translation>{card} をインポートしました（{n}市場）。</translation>
    </message>
</context>
<context>
    <name>ReplyButtonsForm</name>
    <message>
        <source>Reply buttons</source>
        <translation>返信ボタン</translation>
    </message>
    <message>
        <source>Optional, e.g. Your booking</source>
        <translation>任意（例: ご予約について）</translation>
    </message>
    <message>
        <source>What the customer reads above the buttons</source>
        <translation>ボタンの上にお客様が読む本文</translation>
    </message>
    <message>
        <source>Optional small print under the text</source>
        <translation>任意（本文の下に小さく表示）</translation>
    </message>
    <message>
        <source>e.g. Yes, please</source>
        <translation>例: はい、お願いします</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <source>Button {n}</source>
        <translation>ボタン{n}</translation>
    </message>
    <message>
        <source>The customer taps one button; their answer arrives in this chat, quoting this message.</source>
        <translation>お客様がボタンを1つタップすると、このメッセージを引用した返信がこの会話に届きます。</translation>
    </message>
</context>
<context>
    <name>RichMessageForm</name>
    <message>
        <source>Preview: how the customer sees it</source>
        <translation>プレビュー: お客様への表示</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>RichMessages</name>
    <message>
        <source>The contact&apos;s name</source>
        <extracomment>where a number without a country code is read (the channel&apos;s country), if known a stored contact&apos;s number, taken as Meta gave it (no check needed)</extracomment>
        <translation>連絡先の名前</translation>
    </message>
    <message>
        <source>{what} is {length} characters long; WhatsApp allows {limit}.</source>
        <translation>{what}は{length}文字です。WhatsAppでは{limit}文字までです。</translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation>{what}を入力してください。</translation>
    </message>
    <message>
        <source>The message text</source>
        <translation>メッセージの本文</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <source>Add at least one button for the customer to tap.</source>
        <translation>お客様がタップするボタンを1つ以上追加してください。</translation>
    </message>
    <message>
        <source>WhatsApp shows at most {limit} buttons; use a list for more choices.</source>
        <translation>WhatsAppで表示できるボタンは{limit}個までです。選択肢が多い場合はリストを使ってください。</translation>
    </message>
    <message>
        <source>Button {n}</source>
        <translation>ボタン{n}</translation>
    </message>
    <message>
        <source>Button {n} says the same as another button; each button needs its own words.</source>
        <translation>ボタン{n}は別のボタンと同じ文言です。ボタンごとに異なる文言にしてください。</translation>
    </message>
    <message>
        <source>The menu button</source>
        <translation>メニューボタン</translation>
    </message>
    <message>
        <source>A list holds at most {limit} sections.</source>
        <translation>リストのセクションは{limit}個までです。</translation>
    </message>
    <message>
        <source>Add at least one option for the customer to pick.</source>
        <translation>お客様が選ぶ項目を1つ以上追加してください。</translation>
    </message>
    <message>
        <source>The list has {count} options; WhatsApp allows {limit} in all sections together.</source>
        <translation>リストの項目が{count}個あります。WhatsAppでは全セクション合わせて{limit}個までです。</translation>
    </message>
    <message>
        <source>The title of section {n}</source>
        <translation>セクション{n}のタイトル</translation>
    </message>
    <message>
        <source>Section {n} needs a title: with more than one section, WhatsApp shows each section&apos;s title.</source>
        <translation>セクション{n}にタイトルを付けてください。セクションが2つ以上あると、WhatsAppは各セクションのタイトルを表示します。</translation>
    </message>
    <message>
        <source>Section {n} has no options; add one or remove it.</source>
        <translation>セクション{n}に項目がありません。項目を追加するか、セクションを削除してください。</translation>
    </message>
    <message>
        <source>Option {n} of section {s}</source>
        <translation>セクション{s}の項目{n}</translation>
    </message>
    <message>
        <source>The description of option {n} of section {s}</source>
        <translation>セクション{s}の項目{n}の説明</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>{what} must be a number in degrees, for example 35.6812.</source>
        <translation>{what}は度単位の数値で入力してください（例: 35.6812）。</translation>
    </message>
    <message>
        <source>{what} must lie between -{limit} and {limit}.</source>
        <translation>{what}は-{limit}から{limit}の範囲で入力してください。</translation>
    </message>
    <message>
        <source>The place&apos;s name</source>
        <translation>場所の名前</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>More: send reply buttons, a list of options, a location or a contact</source>
        <translation>その他: 返信ボタン、選択肢のリスト、位置情報、連絡先を送信</translation>
    </message>
    <message>
        <source>More kinds of message</source>
        <translation>その他のメッセージの種類</translation>
    </message>
    <message>
        <source>Reply buttons…</source>
        <translation>返信ボタン…</translation>
    </message>
    <message>
        <source>List of options…</source>
        <translation>選択肢のリスト…</translation>
    </message>
    <message>
        <source>Location…</source>
        <translation>位置情報…</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>連絡先…</translation>
    </message>
    <message>
        <source>The message was not sent: it could not be saved ({error}). Everything you typed is still here; try again.</source>
        <translation>メッセージは送信されませんでした。保存できませんでした（{error}）。入力した内容はそのまま残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Open in map</source>
        <translation>地図で開く</translation>
    </message>
    <message>
        <source>Copy map link</source>
        <translation>地図のリンクをコピー</translation>
    </message>
    <message>
        <source>Show the list&apos;s options</source>
        <translation>リストの選択肢を表示</translation>
    </message>
    <message>
        <source>The list&apos;s options</source>
        <translation>リストの選択肢</translation>
    </message>
</context>
<context>
    <name>RowGuard</name>
    <message>
        <source>This message could not be shown. Right-click it to copy it as it was received.</source>
        <translation>このメッセージは表示できません。右クリックすると受信したままの内容をコピーできます。</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Webhook receiver not started</source>
        <translation>Webhook受信サーバーが起動していません</translation>
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
        <translation>選択した行を削除</translation>
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
        <translation>お客様から始まる会話</translation>
    </message>
    <message>
        <source>Utility templates sent inside the window</source>
        <translation>返信可能時間内に送るユーティリティテンプレート</translation>
    </message>
    <message>
        <source>Customer-started via click-to-WhatsApp ads</source>
        <translation>WhatsAppへの誘導広告から始まる会話</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>月あたりの増加率</translation>
    </message>
    <message>
        <source>Business phone numbers</source>
        <translation>ビジネス用電話番号の数</translation>
    </message>
    <message>
        <source>Business messages per month, by market and category</source>
        <translation>月あたりのビジネスメッセージ数（市場・カテゴリ別）</translation>
    </message>
    <message>
        <source>Marketing, utility and authentication: templates sent. Service: free-form replies to customers. Double-click a cell to edit.</source>
        <translation>マーケティング・ユーティリティ・認証: 送信するテンプレート数。サービス: お客様への自由形式の返信数。セルをダブルクリックすると編集できます。</translation>
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
        <translation>1単位あたり:</translation>
    </message>
    <message>
        <source>Also show in</source>
        <translation>併記する通貨</translation>
    </message>
    <message>
        <source>Converted amounts are estimates at the rate you enter; Meta bills the card.</source>
        <translation>換算額は入力したレートによる概算です。Metaは料金表の通貨で請求します。</translation>
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
        <translation>今後12か月（料金体系別）</translation>
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
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDFレポートをエクスポート…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
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
        <translation>ECストア（複数の市場）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>シナリオファイル (*.json)</translation>
    </message>
    <message>
        <source>My scenario</source>
        <translation>マイシナリオ</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>シナリオを保存</translation>
    </message>
    <message>
        <source>The scenario could not be saved to {path}: {error}.</source>
        <translation>シナリオを {path} に保存できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Scenario saved to {path}.</source>
        <translation>シナリオを {path} に保存しました。</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>{path} を開きました。</translation>
    </message>
    <message>
        <source>{path} was saved by a newer WABA Desk (scenario format {version}); this version reads format {supported}. Update WABA Desk to open it.</source>
        <translation>{path} は新しいバージョンのWABA Deskで保存されています（シナリオ形式 {version}）。このバージョンが読めるのは形式 {supported} までです。開くにはWABA Deskを更新してください。</translation>
    </message>
    <message>
        <source>{path} could not be read: {error}.</source>
        <translation>{path} を読み込めませんでした: {error}。</translation>
    </message>
    <message>
        <source>{path} is not a WABA Desk scenario file.</source>
        <translation>{path} はWABA Deskのシナリオファイルではありません。</translation>
    </message>
    <message>
        <source>{path} is a scenario file with a problem: {error}.</source>
        <translation>{path} のシナリオファイルに問題があります: {error}。</translation>
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
        <source>&lt;b&gt;Next month ({month})&lt;/b&gt; under today&apos;s rules ({era}): &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>&lt;b&gt;来月（{month}）&lt;/b&gt;の現行ルール（{era}）での費用: &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CBP: conversation-based pricing; PMP: per-message pricing.</source>
        <translation>CBP: 会話単位の料金、PMP: メッセージ単位の料金。</translation>
    </message>
    <message>
        <source>* includes rate-card figures that are unverified (one source only).</source>
        <translation>* 未検証（出典が1つのみ）の料金表の値を含みます。</translation>
    </message>
    <message>
        <source>≈ amounts in {code} are estimates at 1 {cur} = {rate} {code}.</source>
        <translation>≈ 付きの {code} の金額は、1 {cur} = {rate} {code} で換算した概算です。</translation>
    </message>
    <message>
        <source>No rate for: {items}.</source>
        <translation>単価がありません: {items}。</translation>
    </message>
    <message>
        <source>Difference to {era} (per month)</source>
        <translation>{era}との差（月あたり）</translation>
    </message>
    <message>
        <source>Export charges as CSV</source>
        <translation>課金をCSVでエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to {path}: {error}.</source>
        <translation>CSVを {path} に書き込めませんでした: {error}。</translation>
    </message>
    <message>
        <source>{n} rows saved to {path}.</source>
        <translation>{n}行を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDFレポートをエクスポート</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {error}.</source>
        <translation>PDF を {path} に書き込めませんでした: {error}。</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: check that the folder exists.</source>
        <translation>PDF を {path} に書き込めませんでした。フォルダーがあるか確認してください。</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>レポートを {path} に保存しました。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>電話番号の数</translation>
    </message>
    <message>
        <source>Customer-started share</source>
        <translation>お客様から始まる割合</translation>
    </message>
    <message>
        <source>Utility inside the window</source>
        <translation>返信可能時間内のユーティリティ</translation>
    </message>
    <message>
        <source>From ads or Page buttons</source>
        <translation>広告・ページボタン経由</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>月間の伸び</translation>
    </message>
    <message>
        <source>Shown converted to</source>
        <translation>換算して表示</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>WhatsApp pricing scenario for {month}</source>
        <translation>{month}のWhatsApp料金シナリオ</translation>
    </message>
    <message>
        <source>Next month by era</source>
        <translation>時期別の来月の料金</translation>
    </message>
    <message>
        <source>Difference to the reference era</source>
        <translation>基準の時期との差</translation>
    </message>
    <message>
        <source>Twelve months ahead</source>
        <translation>今後12か月</translation>
    </message>
    <message>
        <source>By era</source>
        <translation>料金体系別</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open a scenario saved as a file</source>
        <translation>ファイルに保存したシナリオを開きます</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save this scenario as a file</source>
        <translation>このシナリオをファイルに保存します</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>市場別</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No system keyring is available, so live credentials cannot be stored safely. Install and unlock a keyring (GNOME Keyring, KWallet, or the Windows/macOS one) and try again; sandbox mode keeps working meanwhile.</source>
        <translation>システムのキーリングが利用できないため、本番用の認証情報を安全に保存できません。キーリング（GNOME Keyring、KWallet、またはWindows/macOS標準のもの）をインストールしてロックを解除してから、もう一度お試しください。その間もサンドボックスモードは使えます。</translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>後で送信</translation>
    </message>
    <message>
        <source>The message to send at that time</source>
        <translation>その時刻に送るメッセージ</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>The chosen message is not sent.</source>
        <translation>選んだメッセージは送信されません。</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>これから先の日時を選んでください。</translation>
    </message>
    <message>
        <source>The 24-hour window is still open then (it closes {closes}).</source>
        <translation>その時点では24時間の返信可能時間内です（{closes}に終了）。</translation>
    </message>
    <message>
        <source>The 24-hour window closes {closes}, before this time: a free message cannot be sent then.</source>
        <translation>24時間の返信可能時間はこの日時より前の{closes}に終了するため、その時点では自由形式のメッセージを送れません。</translation>
    </message>
    <message>
        <source>The customer has not written yet: only a template can be sent.</source>
        <translation>お客様からまだメッセージがないため、テンプレートしか送れません。</translation>
    </message>
    <message>
        <source>There is no approved template to send instead.</source>
        <translation>代わりに送れる承認済みテンプレートがありません。</translation>
    </message>
    <message>
        <source>Send this template instead:</source>
        <translation>代わりにこのテンプレートを送信します:</translation>
    </message>
    <message>
        <source>Schedule the template</source>
        <translation>テンプレートを予約</translation>
    </message>
    <message>
        <source>Cost: cannot be estimated for this recipient.</source>
        <translation>費用: この宛先では見積もれません。</translation>
    </message>
    <message>
        <source>Cost: {currency} {amount} ({market}). {why}</source>
        <translation>費用: {currency} {amount}（{market}）。{why}</translation>
    </message>
    <message>
        <source>Cost: free. {why}</source>
        <translation>費用: 無料。{why}</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>先にメッセージを書いてください。</translation>
    </message>
    <message>
        <source>Scheduled for {when}. It waits in the outbox, also if the app is closed.</source>
        <translation>{when}に予約しました。アプリを閉じても送信トレイで待機します。</translation>
    </message>
    <message>
        <source>Too late: this message is being sent already.</source>
        <translation>間に合いません。このメッセージはすでに送信中です。</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>後で送信…</translation>
    </message>
    <message>
        <source>Schedule a message; it waits in the outbox until its time.</source>
        <translation>メッセージを予約します。その時刻まで送信トレイで待機します。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>e.g. 102290129340398, 104996122399160</source>
        <translation>例: 102290129340398, 104996122399160</translation>
    </message>
    <message>
        <source>optional: lists every WABA of the business</source>
        <translation>任意: ビジネスのすべてのWABAを一覧表示します</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>システムのキーリングに保存済み</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Live mode (Meta Cloud API)</source>
        <translation>本番モード（Meta Cloud API）</translation>
    </message>
    <message>
        <source>WABA ids</source>
        <translation>WABA ID</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>ビジネスID</translation>
    </message>
    <message>
        <source>System-user access token</source>
        <translation>システムユーザーのアクセストークン</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>アプリシークレット</translation>
    </message>
    <message>
        <source>Webhook verify token</source>
        <translation>Webhook検証トークン</translation>
    </message>
    <message>
        <source>Graph API version</source>
        <translation>Graph APIのバージョン</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Webhookポート</translation>
    </message>
    <message>
        <source>Secrets are kept only in the operating system&apos;s keyring, never in the database or logs. Expose the webhook port through your reverse proxy or tunnel and enter its https URL with the verify token in Meta&apos;s App Dashboard. Without a token, app secret and WABA id the app runs in sandbox mode.</source>
        <translation>シークレットはOSのキーリングにのみ保存され、データベースやログには保存されません。Webhookポートをリバースプロキシまたはトンネルで公開し、そのhttps URLと検証トークンをMetaのアプリダッシュボードに入力してください。トークン、アプリシークレット、WABA IDがそろっていない場合は、サンドボックスモードで動作します。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Restart to apply</source>
        <translation>再起動して適用</translation>
    </message>
    <message>
        <source>Admins may change Settings and Numbers; the others may only read them.</source>
        <translation>管理者は設定と電話番号のページを変更できます。ほかの担当者は閲覧のみです。</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>For the profile selected in the list above</source>
        <translation>上の一覧で選んだ担当者に対して</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>New name of the person</source>
        <translation>担当者の新しい名前</translation>
    </message>
    <message>
        <source>Not renamed: type a name.</source>
        <translation>名前は変更されていません。名前を入力してください。</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>青緑</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>茶</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>藍</translation>
    </message>
    <message>
        <source>Light green</source>
        <translation>黄緑</translation>
    </message>
    <message>
        <source>Other colour</source>
        <translation>その他の色</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>担当者を削除</translation>
    </message>
    <message>
        <source>Remove “{name}”? Their conversations become unassigned; the messages they sent stay.</source>
        <translation>「{name}」を削除しますか？ 担当していた会話は未割り当てになります。送信したメッセージは残ります。</translation>
    </message>
    <message>
        <source>Keep at least one admin: make someone else admin first, then take it away here.</source>
        <translation>管理者は最低1人必要です。先にほかの担当者を管理者にしてから、ここで外してください。</translation>
    </message>
    <message>
        <source>Running in live mode against Meta&apos;s Cloud API.</source>
        <translation>MetaのCloud APIに接続し、本番モードで動作しています。</translation>
    </message>
    <message>
        <source>Running in sandbox mode: a local Cloud API simulator with demo accounts and simulated customers. Enter live credentials below to connect to Meta.</source>
        <translation>サンドボックスモードで動作しています（デモ用アカウントと模擬顧客を備えた、ローカルのCloud APIシミュレーター）。Metaに接続するには、下に本番用の認証情報を入力してください。</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>保存されませんでした: {problems}</translation>
    </message>
    <message>
        <source>Could not write the settings file: {error}</source>
        <translation>設定ファイルを書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved. Restart WABA Desk to connect in live mode.</source>
        <translation>保存しました。本番モードで接続するには、WABA Deskを再起動してください。</translation>
    </message>
    <message>
        <source>Saved. Language and theme apply after a restart.</source>
        <translation>保存しました。言語とテーマは再起動後に反映されます。</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation>担当者を追加…</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Each person at the desk has a profile; conversations are assigned to one. The profile chosen here is you: the Mine view and “Assign to me” use it.</source>
        <translation>担当者ごとにプロフィールを作り、会話を割り当てます。ここで選んだプロフィールがあなたです。「自分の担当」表示と「自分に割り当て」はこれを使います。</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>まだ選ばれていません</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>Name of the person at the desk</source>
        <translation>担当者の名前</translation>
    </message>
    <message>
        <source>Channels seen</source>
        <translation>表示するチャネル</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Go to {page}</source>
        <extracomment>Keys for switching pages, in the rail&apos;s order.</extracomment>
        <translation>{page}へ移動</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <source>Show or hide the customer&apos;s details</source>
        <translation>お客様の詳細を表示／非表示</translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation>このショートカット一覧を表示</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>On macOS, Ctrl is the ⌘ Command key.</source>
        <translation>macOSでは、Ctrlは⌘ Commandキーです。</translation>
    </message>
    <message>
        <source>Search names, numbers and messages</source>
        <translation>名前・番号・メッセージを検索</translation>
    </message>
    <message>
        <source>Jump to a chat: type a name, Enter opens the first match</source>
        <translation>チャットへ移動: 名前を入力し、Enterで最初の候補を開く</translation>
    </message>
    <message>
        <source>Close the search, or cancel the reply</source>
        <translation>検索を閉じる、または返信をやめる</translation>
    </message>
    <message>
        <source>Previous or next chat</source>
        <translation>前または次のチャット</translation>
    </message>
    <message>
        <source>Next chat with unread messages</source>
        <translation>未読のある次のチャット</translation>
    </message>
    <message>
        <source>Resolve the chat (or reopen it)</source>
        <translation>チャットを解決（または再開）</translation>
    </message>
    <message>
        <source>New chat: write to a number or a contact</source>
        <translation>新しいチャット: 電話番号または連絡先に送信</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Something went wrong in the background</source>
        <translation>バックグラウンドの処理でエラーが発生しました</translation>
    </message>
    <message>
        <source>WABA Desk keeps running. If this happens again, restart it; the log has the details.</source>
        <translation>WABA Desk はこのまま動作します。再び起きる場合は再起動してください。詳しくはログにあります。</translation>
    </message>
</context>
<context>
    <name>TemplateDesignerPage</name>
    <message>
        <source>New</source>
        <extracomment>Statuses offered by the list&apos;s filter (Meta&apos;s names). Review tone → the theme colour it is drawn in.</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>JSONをインポート…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSONをエクスポート…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>審査に申請</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>送信…</translation>
    </message>
    <message>
        <source>Send this approved template to a contact</source>
        <translation>この承認済みテンプレートを連絡先に送信</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Fetch the templates and their status from Meta</source>
        <translation>Metaからテンプレートとその状態を取得</translation>
    </message>
    <message>
        <source>Search name, language, category</source>
        <translation>名前・言語・カテゴリを検索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation>言語を追加…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>ダークモードでプレビュー</translation>
    </message>
    <message>
        <source>WABA</source>
        <translation>WABA</translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation>{file} をアップロード中…</translation>
    </message>
    <message>
        <source>{file} ({size}) uploaded: Meta reviews it with the template.</source>
        <translation>{file}（{size}）をアップロードしました。Meta がテンプレートと一緒に審査します。</translation>
    </message>
    <message>
        <source>WhatsApp Business Account {id}</source>
        <translation>WhatsAppビジネスアカウント {id}</translation>
    </message>
    <message>
        <source>No WhatsApp Business Account yet. Connect one in Settings (or start in sandbox mode) to submit templates; you can still design and export them.</source>
        <translation>WhatsAppビジネスアカウントがまだありません。テンプレートを申請するには、「設定」でアカウントを接続してください（またはサンドボックスモードで起動してください）。テンプレートの作成とエクスポートはこのままでもできます。</translation>
    </message>
    <message>
        <source>Templates synced from WhatsApp.</source>
        <translation>WhatsAppからテンプレートを同期しました。</translation>
    </message>
    <message>
        <source>That template is gone; the list is reloading.</source>
        <translation>このテンプレートは削除されています。一覧を再読み込みしています。</translation>
    </message>
    <message>
        <source>New template: fill in the form; the preview and checks update as you type.</source>
        <translation>新しいテンプレート: フォームに入力してください。入力に合わせてプレビューとチェック結果が更新されます。</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation>エラー{errors}件、警告{warnings}件</translation>
    </message>
    <message>
        <source>Ready to submit: no problems found.</source>
        <translation>申請できます。問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Warnings do not block submitting; check them first.</source>
        <translation>警告があっても申請できますが、先に確認してください。</translation>
    </message>
    <message>
        <source>Fix the errors listed under the preview first.</source>
        <translation>先に、プレビューの下に表示されているエラーを修正してください。</translation>
    </message>
    <message>
        <source>Imported {path}.</source>
        <translation>{path} をインポートしました。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>{path} に書き込めませんでした: {reason}。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>{path} にエクスポートしました。</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>テンプレートをインポート</translation>
    </message>
    <message>
        <source>Template JSON (*.json)</source>
        <translation>テンプレートJSON (*.json)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>テンプレートをエクスポート</translation>
    </message>
    <message>
        <source>Could not save the draft to {folder}: {reason}. Export the template to keep your work, and free some disk space.</source>
        <translation>{folder} に下書きを保存できませんでした: {reason}。作業内容を残すためにテンプレートをエクスポートし、ディスクの空き容量を確保してください。</translation>
    </message>
    <message>
        <source>Unsent draft {title}, saved {when}. Resume it?</source>
        <translation>未送信の下書き {title}（{when} に保存）があります。再開しますか？</translation>
    </message>
    <message>
        <source>({count} more after this one)</source>
        <translation>（ほかに{count}件あります）</translation>
    </message>
    <message>
        <source>Draft {title} restored.</source>
        <translation>下書き {title} を復元しました。</translation>
    </message>
    <message>
        <source>Copy {name} created: edit it, then submit.</source>
        <translation>コピー {name} を作成しました。編集してから申請してください。</translation>
    </message>
    <message>
        <source>Give the template a name first.</source>
        <translation>先にテンプレート名を入力してください。</translation>
    </message>
    <message>
        <source>{name} already exists in {language}; open it from the list.</source>
        <translation>{name} の {language} 版はすでにあります。一覧から開いてください。</translation>
    </message>
    <message>
        <source>New {language} version of {name}: translate the texts and samples, then submit.</source>
        <translation>{name} の {language} 版を新規作成しました。テキストとサンプルを翻訳してから申請してください。</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>言語の追加</translation>
    </message>
    <message>
        <source>Language of the new version of {name}:</source>
        <translation>{name} の新しい版の言語:</translation>
    </message>
    <message>
        <source>Deleted {name} ({which}).</source>
        <translation>{name}（{which}）を削除しました。</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Delete {name} in {language} only</source>
        <translation>{name} の {language} 版だけを削除</translation>
    </message>
    <message>
        <source>Delete {name} in all {count} language(s)</source>
        <translation>{name} をすべての言語（{count}件）で削除</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>テンプレートの削除</translation>
    </message>
    <message>
        <source>Delete it at WhatsApp too? Messages already sent stay, but the name can&apos;t be reused for 30 days.</source>
        <translation>WhatsApp側でも削除しますか？送信済みのメッセージは残りますが、この名前は30日間使えなくなります。</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>会話を開く</translation>
    </message>
    <message>
        <source>Show the conversation in the inbox</source>
        <translation>受信トレイでこの会話を表示します</translation>
    </message>
    <message>
        <source>Editing {name} ({language}): {status}.</source>
        <translation>{name}（{language}）を編集中: {status}。</translation>
    </message>
    <message>
        <source>Submitted {name} for review: {status}.</source>
        <translation>{name} を審査に申請しました: {status}。</translation>
    </message>
    <message>
        <source>{template} is on its way to {recipient}.</source>
        <translation>{template} を {recipient} に送信しています。</translation>
    </message>
    <message>
        <source>{template} is on its way.</source>
        <translation>{template} を送信しています。</translation>
    </message>
    <message>
        <source>{name} ({language}) is now: {status}.</source>
        <translation>{name}（{language}）は現在: {status}。</translation>
    </message>
    <message>
        <source>Each field is checked once you have edited it, and every field when you submit.</source>
        <translation>各項目は編集した時点で、すべての項目は申請時にチェックされます。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>order_update</source>
        <extracomment>Button types offered for marketing and utility templates. The only buttons of an authentication template: one-time-password kinds (``OTP:&lt;otp_type&gt;``). Markers the formatting buttons put around the selection (WhatsApp markup).</extracomment>
        <translation>order_update</translation>
    </message>
    <message>
        <source>Numbered {{1}}</source>
        <translation>番号付き {{1}}</translation>
    </message>
    <message>
        <source>Named {{first_name}}</source>
        <translation>名前付き {{first_name}}</translation>
    </message>
    <message>
        <source>Header text (up to 60 characters)</source>
        <translation>ヘッダーのテキスト（60文字まで）</translation>
    </message>
    <message>
        <source>Sample media handle (4::…)</source>
        <translation>サンプルメディアのハンドル（4::…）</translation>
    </message>
    <message>
        <source>Preview file…</source>
        <translation>プレビュー用ファイル…</translation>
    </message>
    <message>
        <source>Show a local picture in the preview (it is not uploaded).</source>
        <translation>パソコン内の画像をプレビューに表示します（アップロードはされません）。</translation>
    </message>
    <message>
        <source>Upload sample…</source>
        <translation>サンプルをアップロード…</translation>
    </message>
    <message>
        <source>Choose the picture, video or PDF Meta reviews; its handle is filled in</source>
        <translation>Meta が審査する画像・動画・PDF を選びます。ハンドルは自動で入力されます</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} has shipped. *Bold*, _italic_, ~strike~.</source>
        <translation>{{1}} 様、ご注文 {{2}} を発送しました。 *太字* _斜体_ ~取り消し線~</translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation>+ 変数</translation>
    </message>
    <message>
        <source>Insert the next variable at the cursor</source>
        <translation>カーソル位置に次の変数を挿入</translation>
    </message>
    <message>
        <source>Bold (*text*)</source>
        <translation>太字（*テキスト*）</translation>
    </message>
    <message>
        <source>Italic (_text_)</source>
        <translation>斜体（_テキスト_）</translation>
    </message>
    <message>
        <source>Strikethrough (~text~)</source>
        <translation>取り消し線（~テキスト~）</translation>
    </message>
    <message>
        <source>Monospace (```text```)</source>
        <translation>等幅（```テキスト```）</translation>
    </message>
    <message>
        <source>Footer (optional, up to 60 characters)</source>
        <translation>フッター（任意、60文字まで）</translation>
    </message>
    <message>
        <source>Add the security recommendation</source>
        <translation>セキュリティに関する注意書きを追加</translation>
    </message>
    <message>
        <source>No expiry note</source>
        <translation>有効期限の表示なし</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What the button does</source>
        <translation>ボタンの働き</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>The words on the button</source>
        <translation>ボタンに表示する文字</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Website, phone number or offer code</source>
        <translation>ウェブサイト、電話番号、またはクーポンコード</translation>
    </message>
    <message>
        <source>WhatsApp writes the text of authentication templates itself: “&lt;code&gt; is your verification code.”, in the template&apos;s language. Choose the options below and add one code button (copy code, one-tap or zero-tap).</source>
        <translation>認証テンプレートの本文はWhatsAppがテンプレートの言語で自動的に作成します（「&lt;code&gt; があなたの認証コードです。」）。下のオプションを選び、コードのボタン（コードをコピー、ワンタップ、ゼロタップ）を1つ追加してください。</translation>
    </message>
    <message>
        <source>Preview file</source>
        <translation>プレビュー用ファイル</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>画像 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation>動画 (*.mp4)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Sample for the header</source>
        <translation>ヘッダーのサンプル</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>ボタンを追加</translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation>ボタンを削除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Sample values (Meta reviews the template with them)</source>
        <translation>サンプル値（Metaはこの値でテンプレートを審査します）</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>Header {var}</source>
        <translation>ヘッダー {var}</translation>
    </message>
    <message>
        <source>Body {var}</source>
        <translation>本文 {var}</translation>
    </message>
    <message>
        <source>I accept WhatsApp&apos;s zero-tap terms</source>
        <translation>WhatsAppのゼロタップ規約に同意します</translation>
    </message>
    <message>
        <source>Zero-tap buttons are allowed only once you accept WhatsApp&apos;s terms for them.</source>
        <translation>ゼロタップのボタンは、WhatsAppの規約に同意した場合にのみ使えます。</translation>
    </message>
    <message>
        <source>Website with {{1}}: a sample link ending. One-tap and zero-tap: your Android package name and signature hash, separated by a space.</source>
        <translation>{{1}} を含むウェブサイト: リンク末尾のサンプル。ワンタップとゼロタップ: Androidのパッケージ名と署名ハッシュを半角スペースで区切って入力します。</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <source>{path} does not exist. Check the file name.</source>
        <extracomment>A template is a few kilobytes; anything far larger is not one (and is not read whole). A template nests about six levels deep; deeper input is refused before it can exhaust the parser&apos;s recursion or the linter. Python refuses to convert longer integers (``sys.get_int_max_str_digits``); no template field holds a number anywhere near that long.</extracomment>
        <translation>{path} が見つかりません。ファイル名を確認してください。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a .json file (or import the folder).</source>
        <translation>{path} はフォルダーです。.json ファイルを指定してください（またはフォルダーごとインポートしてください）。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}). Check its permissions.</source>
        <translation>{path} を読み込めません（{reason}）。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text. Save it as UTF-8 JSON and retry.</source>
        <translation>{path} はUTF-8のテキストではありません。UTF-8のJSONとして保存し直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {reason}). Fix it in a text editor.</source>
        <translation>{path} は有効なJSONではありません（{line}行目、{column}列目: {reason}）。テキストエディターで修正してください。</translation>
    </message>
    <message>
        <source>{path} holds a JSON {kind}, not a template object. A template file starts with {{ and has &quot;name&quot;, &quot;language&quot;, &quot;category&quot; and &quot;components&quot;.</source>
        <translation>{path} の中身はJSONの {kind} で、テンプレートのオブジェクトではありません。テンプレートファイルは {{ で始まり、&quot;name&quot;、&quot;language&quot;、&quot;category&quot;、&quot;components&quot; を含みます。</translation>
    </message>
    <message>
        <source>{path}: entry {index} is not a template object. Remove it or fix it.</source>
        <translation>{path}: {index}番目の項目がテンプレートのオブジェクトではありません。削除するか修正してください。</translation>
    </message>
    <message>
        <source>{path} is not a folder. Choose a folder of .json files.</source>
        <translation>{path} はフォルダーではありません。.json ファイルが入ったフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; a template file is a few kilobytes. Check that this is the right file.</source>
        <translation>{path} は {limit} MB を超えています。テンプレートファイルは数 KB です。正しいファイルか確認してください。</translation>
    </message>
    <message>
        <source>{path}: {field} is {token}, which is not a JSON number. Fix it in a text editor.</source>
        <translation>{path}: {field} の値 {token} は JSON の数値ではありません。テキストエディターで修正してください。</translation>
    </message>
    <message>
        <source>{path}: {field} is a number of {digits} digits; no template field holds such a number. Fix it in a text editor.</source>
        <translation>{path}: {field} は {digits} 桁の数値です。このような数値を持つテンプレート項目はありません。テキストエディターで修正してください。</translation>
    </message>
    <message>
        <source>{path} is nested more than {limit} levels deep; a template nests about six. Check that this is a template file.</source>
        <translation>{path} は {limit} 階層を超えて入れ子になっています（テンプレートは約 6 階層です）。テンプレートファイルか確認してください。</translation>
    </message>
    <message>
        <source>{path} is nested more than {limit} levels deep at {field}; a template nests about six. Check that this is a template file.</source>
        <translation>{path} は {field} で {limit} 階層を超えて入れ子になっています（テンプレートは約 6 階層です）。テンプレートファイルか確認してください。</translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
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
        <source>No header</source>
        <translation>ヘッダーなし</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIFアニメーション</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置情報</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>クイック返信</translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation>ウェブサイトを開く</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>電話番号に発信</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>クーポンコードをコピー</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>Open form (Flow)</source>
        <translation>フォームを開く（フロー）</translation>
    </message>
    <message>
        <source>WhatsApp call</source>
        <translation>WhatsApp通話</translation>
    </message>
    <message>
        <source>Several products</source>
        <translation>複数の商品</translation>
    </message>
    <message>
        <source>One product</source>
        <translation>1つの商品</translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation>カタログを見る</translation>
    </message>
    <message>
        <source>Open app</source>
        <translation>アプリを開く</translation>
    </message>
    <message>
        <source>Ask permission to call</source>
        <translation>通話の許可を求める</translation>
    </message>
    <message>
        <source>Ask for contact details</source>
        <translation>連絡先を尋ねる</translation>
    </message>
    <message>
        <source>Copy code</source>
        <extracomment>The one-time-password buttons of an authentication template (Meta allows only these).</extracomment>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation>ワンタップ自動入力</translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation>ゼロタップ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Appeal in review</source>
        <translation>異議申し立ての審査中</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Over the template limit</source>
        <translation>テンプレート数の上限超過</translation>
    </message>
    <message>
        <source>formatting problem</source>
        <extracomment>Meta&apos;s rejection reasons (the review line explains each with a hint).</extracomment>
        <translation>書式の問題</translation>
    </message>
    <message>
        <source>reads as an offer</source>
        <translation>宣伝と判断</translation>
    </message>
    <message>
        <source>wrong category</source>
        <translation>カテゴリ違い</translation>
    </message>
    <message>
        <source>abusive wording</source>
        <translation>不適切な表現</translation>
    </message>
    <message>
        <source>could mislead customers</source>
        <translation>誤解を招くおそれ</translation>
    </message>
    <message>
        <source>link not allowed</source>
        <translation>使えないリンク</translation>
    </message>
    <message>
        <source>reason not given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>High quality</source>
        <translation>品質: 高</translation>
    </message>
    <message>
        <source>Medium quality</source>
        <translation>品質: 中</translation>
    </message>
    <message>
        <source>Low quality</source>
        <translation>品質: 低</translation>
    </message>
    <message>
        <source>Quality not rated yet</source>
        <translation>品質は未評価</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>変数</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <source>Header, sample file</source>
        <translation>ヘッダー、サンプルファイル</translation>
    </message>
    <message>
        <source>Security recommendation</source>
        <translation>セキュリティの注意書き</translation>
    </message>
    <message>
        <source>Header, sample for {variable}</source>
        <translation>ヘッダー、{variable} のサンプル</translation>
    </message>
    <message>
        <source>Body, sample for {variable}</source>
        <translation>本文、{variable} のサンプル</translation>
    </message>
    <message>
        <source>Header, samples</source>
        <translation>ヘッダー、サンプル</translation>
    </message>
    <message>
        <source>Body, samples</source>
        <translation>本文、サンプル</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>Button {number}, label</source>
        <translation>ボタン {number}、ラベル</translation>
    </message>
    <message>
        <source>Button {number}, website address</source>
        <translation>ボタン {number}、ウェブサイトのアドレス</translation>
    </message>
    <message>
        <source>Button {number}, phone number</source>
        <translation>ボタン {number}、電話番号</translation>
    </message>
    <message>
        <source>Button {number}, sample</source>
        <translation>ボタン {number}、サンプル</translation>
    </message>
    <message>
        <source>Button {number}, code type</source>
        <translation>ボタン {number}、コードの種類</translation>
    </message>
    <message>
        <source>Button {number}, Android app</source>
        <translation>ボタン {number}、Androidアプリ</translation>
    </message>
    <message>
        <source>Button {number}, zero-tap terms</source>
        <translation>ボタン {number}、ゼロタップ規約</translation>
    </message>
    <message>
        <source>Button {number}</source>
        <translation>ボタン {number}</translation>
    </message>
</context>
<context>
    <name>TemplateLint</name>
    <message>
        <source>A template must be a JSON object with name, language, category and components. Export it again from the designer or Meta&apos;s API.</source>
        <translation>テンプレートは name、language、category、components を持つJSONオブジェクトにしてください。デザイナーまたはMetaのAPIから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>This WABA already has a template named {name} in {language}. Choose another name, or edit the existing template instead.</source>
        <translation>このWABAには、{language} の {name} という名前のテンプレートがすでにあります。別の名前にするか、既存のテンプレートを編集してください。</translation>
    </message>
    <message>
        <source>The template needs a name: lowercase letters, digits and underscores, such as order_update.</source>
        <translation>テンプレート名を入力してください。使えるのは英小文字、数字、アンダースコアです（例: order_update）。</translation>
    </message>
    <message>
        <source>The name may only use lowercase letters a-z, digits and underscores. Rename it, for example to {suggestion}.</source>
        <translation>名前に使えるのは英小文字 a-z、数字、アンダースコアだけです。{suggestion} などに変更してください。</translation>
    </message>
    <message>
        <source>The name has {length} characters; Meta allows at most {limit}. Shorten it.</source>
        <translation>名前が{length}文字あります。Metaの上限は{limit}文字です。短くしてください。</translation>
    </message>
    <message>
        <source>The template needs a language code such as en_US or ja.</source>
        <translation>テンプレートには en_US や ja などの言語コードが必要です。</translation>
    </message>
    <message>
        <source>{language} is not a language code Meta is known to accept. Check the spelling (for example en_US, pt_BR, ja); did you mean {hint}?</source>
        <translation>{language} はMetaが受け付ける言語コードではないようです。つづりを確認してください（例: en_US、pt_BR、ja）。{hint} の誤りではありませんか？</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>カテゴリを選んでください: MARKETING（マーケティング）、UTILITY（ユーティリティ）、AUTHENTICATION（認証）。</translation>
    </message>
    <message>
        <source>{category} is not a category. Use MARKETING, UTILITY or AUTHENTICATION (upper case).</source>
        <translation>{category} はカテゴリではありません。MARKETING、UTILITY、AUTHENTICATION のいずれかを大文字で指定してください。</translation>
    </message>
    <message>
        <source>parameter_format must be POSITIONAL ({one}, {two}) or NAMED ({first_name}); leave it out for POSITIONAL.</source>
        <translation>parameter_format は POSITIONAL（{one}、{two}）または NAMED（{first_name}）にしてください。POSITIONAL の場合は省略できます。</translation>
    </message>
    <message>
        <source>The template needs a components list with at least a BODY.</source>
        <translation>テンプレートには、少なくとも BODY を含む components のリストが必要です。</translation>
    </message>
    <message>
        <source>Each component must be an object with a type (HEADER, BODY, FOOTER or BUTTONS).</source>
        <translation>各コンポーネントは、type（HEADER、BODY、FOOTER、BUTTONS）を持つオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>Unknown component type {type}. Use HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation>コンポーネントの種類 {type} は不明です。HEADER、BODY、FOOTER、BUTTONS のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>A template may have only one {type} component; merge this one into components[{first}].</source>
        <translation>{type} コンポーネントは1つのテンプレートに1つだけです。これを components[{first}] にまとめてください。</translation>
    </message>
    <message>
        <source>Every template needs a BODY component. Add one.</source>
        <translation>テンプレートには BODY コンポーネントが必要です。追加してください。</translation>
    </message>
    <message>
        <source>Put the components in the order HEADER, BODY, FOOTER, BUTTONS, as WhatsApp shows them.</source>
        <translation>コンポーネントは、WhatsAppでの表示順どおり HEADER、BODY、FOOTER、BUTTONS の順に並べてください。</translation>
    </message>
    <message>
        <source>The text must be a string.</source>
        <translation>text は文字列にしてください。</translation>
    </message>
    <message>
        <source>{placeholder} is not a valid variable. Write {one}, {two}, … or, for NAMED templates, lowercase names like {first_name}, with no spaces or symbols inside the braces.</source>
        <translation>{placeholder} は有効な変数ではありません。{one}、{two}、… のように書くか、NAMED のテンプレートでは {first_name} のような小文字の名前を使ってください。波かっこの中にスペースや記号は入れられません。</translation>
    </message>
    <message>
        <source>Unmatched {open} or {close}. Variables need exactly two braces on each side, such as {one}.</source>
        <translation>対応していない {open} または {close} があります。変数は {one} のように、両側にちょうど2つずつ波かっこが必要です。</translation>
    </message>
    <message>
        <source>A website address with a variable needs a sample of the full address, such as https://example.com/track/860198.</source>
        <translation>変数を含むウェブサイトのアドレスには、https://example.com/track/860198 のような完全なアドレスのサンプルが必要です。</translation>
    </message>
    <message>
        <source>A call button needs the phone number with the country code, such as 15550051310.</source>
        <translation>電話ボタンには、15550051310 のように国番号付きの電話番号が必要です。</translation>
    </message>
    <message>
        <source>Password buttons (copy code, one-tap, zero-tap) are only for Authentication templates. Choose another kind of button, or the Authentication category.</source>
        <translation>パスワード用のボタン（コードをコピー、ワンタップ、ゼロタップ）は認証テンプレート専用です。別の種類のボタンを選ぶか、カテゴリを「認証」にしてください。</translation>
    </message>
    <message>
        <source>One-tap and zero-tap buttons need your Android app: its package name and signature hash (up to 5 apps).</source>
        <translation>ワンタップとゼロタップのボタンには、Androidアプリのパッケージ名と署名ハッシュが必要です（最大5アプリ）。</translation>
    </message>
    <message>
        <source>Zero-tap needs you to accept WhatsApp&apos;s zero-tap terms (the box under the buttons).</source>
        <translation>ゼロタップを使うには、WhatsAppのゼロタップ規約への同意が必要です（ボタン一覧の下のチェックボックス）。</translation>
    </message>
    <message>
        <source>An authentication template needs exactly one button: Copy code, One-tap autofill or Zero-tap.</source>
        <translation>認証テンプレートには、「コードをコピー」「ワンタップ自動入力」「ゼロタップ」のいずれか1つのボタンが必要です。</translation>
    </message>
    <message>
        <source>&quot;{word}&quot; sounds promotional. Meta will likely move this utility template to marketing (billed at marketing rates). Remove the promotion or choose the Marketing category.</source>
        <translation>「{word}」は宣伝に聞こえます。Metaはこのユーティリティテンプレートをマーケティングに変更する可能性が高いです（マーケティング料金で課金）。宣伝の表現を削除するか、マーケティングのカテゴリを選んでください。</translation>
    </message>
    <message>
        <source>Offer codes are marketing content. Choose the Marketing category, or remove the Copy offer code button.</source>
        <translation>クーポンコードはマーケティングの内容です。マーケティングのカテゴリを選ぶか、「クーポンコードをコピー」ボタンを削除してください。</translation>
    </message>
    <message>
        <source>{count} quick-reply buttons; at most {limit}. Remove the extra ones.</source>
        <extracomment>&quot;Too many buttons of this kind&quot;, in the words the form uses for each kind.</extracomment>
        <translation>クイック返信ボタンが{count}個あります。上限は{limit}個です。余分なボタンを削除してください。</translation>
    </message>
    <message>
        <source>{count} website buttons; at most {limit}. Remove the extra ones.</source>
        <translation>ウェブサイトのボタンが{count}個あります。上限は{limit}個です。余分なボタンを削除してください。</translation>
    </message>
    <message>
        <source>{count} call buttons; at most {limit}. Remove the extra ones.</source>
        <translation>電話ボタンが{count}個あります。上限は{limit}個です。余分なボタンを削除してください。</translation>
    </message>
    <message>
        <source>{count} offer-code buttons; at most {limit}. Remove the extra ones.</source>
        <translation>クーポンコードのボタンが{count}個あります。上限は{limit}個です。余分なボタンを削除してください。</translation>
    </message>
    <message>
        <source>{count} password buttons; at most {limit}. Remove the extra ones.</source>
        <translation>パスワードのボタンが{count}個あります。上限は{limit}個です。余分なボタンを削除してください。</translation>
    </message>
    <message>
        <source>Variables must be numbered 1, 2, 3 … without gaps; {missing} is missing. Renumber them.</source>
        <translation>変数には 1、2、3 … と欠番なしで番号を付けてください。{missing} がありません。番号を振り直してください。</translation>
    </message>
    <message>
        <source>Variables must appear in order: {one} first, then {two}, and so on. Renumber them in reading order.</source>
        <translation>変数は {one}、{two} … の順に出てくる必要があります。文中の順に番号を振り直してください。</translation>
    </message>
    <message>
        <source>The {part} may not start or end with a variable. Add words before the first or after the last one (a full stop is enough at the end).</source>
        <translation>{part} を変数で始めたり終えたりすることはできません。最初の変数の前か最後の変数の後に言葉を加えてください（末尾は句点だけでも構いません）。</translation>
    </message>
    <message>
        <source>{first}{second}: two variables may not touch. Put words or punctuation between them.</source>
        <translation>{first}{second}: 変数同士を続けて置くことはできません。間に言葉か句読点を入れてください。</translation>
    </message>
    <message>
        <source>{first} and {second} are separated only by spaces; Meta often rejects this. Put a word or punctuation between them.</source>
        <translation>{first} と {second} の間がスペースだけです。Metaに却下されることがよくあります。間に言葉か句読点を入れてください。</translation>
    </message>
    <message>
        <source>Give a sample value for {variable} in {field}; Meta reviews the template with it.</source>
        <translation>{field} に {variable} のサンプル値を入力してください。Metaはこの値を使ってテンプレートを審査します。</translation>
    </message>
    <message>
        <source>The sample for {name} belongs to no variable in the text. Remove it or add {variable} to the text.</source>
        <translation>{name} のサンプルに対応する変数がテキストにありません。サンプルを削除するか、テキストに {variable} を追加してください。</translation>
    </message>
    <message>
        <source>body_text is a list inside a list: write [[&quot;Pablo&quot;, &quot;860198&quot;]], not [&quot;Pablo&quot;, &quot;860198&quot;].</source>
        <translation>body_text はリストの中のリストです。[&quot;Pablo&quot;, &quot;860198&quot;] ではなく [[&quot;Pablo&quot;, &quot;860198&quot;]] と書いてください。</translation>
    </message>
    <message>
        <source>The {part} has {variables} variable(s) but {samples} sample value(s). Give exactly one sample per variable, in order.</source>
        <translation>{part} には変数が{variables}個ありますが、サンプル値は{samples}個です。変数ごとに1つずつ、順番どおりにサンプルを指定してください。</translation>
    </message>
    <message>
        <source>The {part} has variables ({variables}) but no samples in example.{field}. Add one realistic sample per variable; Meta rejects templates without them.</source>
        <translation>{part} に変数（{variables}）がありますが、example.{field} にサンプルがありません。変数ごとに実際にありそうなサンプルを1つずつ追加してください。サンプルがないテンプレートはMetaに却下されます。</translation>
    </message>
    <message>
        <source>The header needs a format: TEXT, IMAGE, VIDEO, DOCUMENT, GIF, LOCATION or PRODUCT.</source>
        <translation>ヘッダーには format が必要です: TEXT、IMAGE、VIDEO、DOCUMENT、GIF、LOCATION、PRODUCT。</translation>
    </message>
    <message>
        <source>GIF headers can only be sent through the Marketing Messages API (MP4 up to 3.5 MB). Use VIDEO or IMAGE for Cloud API sends.</source>
        <translation>GIF ヘッダーは Marketing Messages API でのみ送信できます（MP4、3.5 MBまで）。Cloud APIで送信する場合は VIDEO か IMAGE を使ってください。</translation>
    </message>
    <message>
        <source>Location headers are only allowed in UTILITY and MARKETING templates. Change the header or the category.</source>
        <translation>位置情報ヘッダーは UTILITY と MARKETING のテンプレートでのみ使えます。ヘッダーかカテゴリを変更してください。</translation>
    </message>
    <message>
        <source>A {format} header shows no text; remove the text or use a TEXT header.</source>
        <translation>{format} ヘッダーにはテキストが表示されません。テキストを削除するか、TEXT ヘッダーを使ってください。</translation>
    </message>
    <message>
        <source>The header has {length} characters; the limit is {limit}. Shorten it.</source>
        <translation>ヘッダーが{length}文字あります。上限は{limit}文字です。短くしてください。</translation>
    </message>
    <message>
        <source>The header must be one line. Remove the line break.</source>
        <translation>ヘッダーは1行にしてください。改行を削除してください。</translation>
    </message>
    <message>
        <source>Headers may not contain emoji. Move the emoji to the body.</source>
        <translation>ヘッダーには絵文字を使えません。絵文字は本文に移してください。</translation>
    </message>
    <message>
        <source>Headers do not support formatting (*bold*, _italic_, ~strike~, code). Remove the markers; WhatsApp already shows the header in bold.</source>
        <translation>ヘッダーでは書式（*太字*、_斜体_、~取り消し線~、コード）を使えません。記号を削除してください。ヘッダーはWhatsAppで自動的に太字で表示されます。</translation>
    </message>
    <message>
        <source>Headers should not contain * ~ or ` characters; Meta may reject them as formatting.</source>
        <translation>ヘッダーには * ~ ` の文字を入れないでください。書式とみなされ、Metaに却下されることがあります。</translation>
    </message>
    <message>
        <source>A header may contain at most one variable; it has {count}. Move the others to the body.</source>
        <translation>ヘッダーに入れられる変数は1つまでですが、{count}個あります。残りは本文に移してください。</translation>
    </message>
    <message>
        <source>The body needs text (up to 1,024 characters).</source>
        <translation>本文にはテキスト（1,024文字まで）が必要です。</translation>
    </message>
    <message>
        <source>The body has {length} characters (formatting markers count too); the limit is {limit}. Shorten it by {excess}.</source>
        <translation>本文が{length}文字あります（書式記号も数えます）。上限は{limit}文字です。{excess}文字短くしてください。</translation>
    </message>
    <message>
        <source>The body has {count} variables; keep it to {limit} or fewer.</source>
        <translation>本文に変数が{count}個あります。{limit}個以下にしてください。</translation>
    </message>
    <message>
        <source>Too many variables for so little text ({words} words, {count} variables); Meta rejects such templates. Add at least {needed} words of fixed text.</source>
        <translation>テキストの量に対して変数が多すぎます（{words}語、変数{count}個）。このようなテンプレートはMetaに却下されます。固定のテキストを少なくとも{needed}語追加してください。</translation>
    </message>
    <message>
        <source>A formatting marker touches a Japanese/Chinese/Korean letter, so WhatsApp will probably show it literally. Put a space or 「」 around the formatted words: これは *太字* です.</source>
        <translation>書式記号が日本語・中国語・韓国語の文字に接しているため、WhatsAppでは記号がそのまま表示される可能性があります。書式を付ける語の前後にスペースか「」を入れてください（例: これは *太字* です）。</translation>
    </message>
    <message>
        <source>Templates must not ask for full card numbers, account numbers, national IDs or passwords. Reword the request.</source>
        <translation>テンプレートで、カード番号の全桁、口座番号、国民ID（マイナンバーなど）、パスワードを尋ねてはいけません。依頼の文面を変えてください。</translation>
    </message>
    <message>
        <source>The footer is empty. Write up to 60 characters or remove the footer.</source>
        <translation>フッターが空です。60文字以内で入力するか、フッターを削除してください。</translation>
    </message>
    <message>
        <source>The footer has {length} characters; the limit is {limit}. Shorten it.</source>
        <translation>フッターが{length}文字あります。上限は{limit}文字です。短くしてください。</translation>
    </message>
    <message>
        <source>Footers cannot contain variables. Move {open}…{close} to the body or write the text out.</source>
        <translation>フッターには変数を使えません。{open}…{close} は本文に移すか、実際の文字で書いてください。</translation>
    </message>
    <message>
        <source>Footers are shown as plain grey text; the formatting markers will appear literally. Remove them.</source>
        <translation>フッターは書式なしのグレーの文字で表示されるため、書式記号がそのまま表示されます。記号を削除してください。</translation>
    </message>
    <message>
        <source>A BUTTONS component needs a list of 1 to 10 buttons, or remove it.</source>
        <translation>BUTTONS コンポーネントには1～10個のボタンのリストが必要です。不要なら削除してください。</translation>
    </message>
    <message>
        <source>{count} buttons; a template may have at most {limit}. Remove some.</source>
        <translation>ボタンが{count}個あります。1つのテンプレートに置けるのは{limit}個までです。減らしてください。</translation>
    </message>
    <message>
        <source>Quick-reply buttons must form one group, all before or all after the other buttons (QR, QR, URL is fine; QR, URL, QR is not). Reorder them.</source>
        <translation>クイック返信ボタンはひとまとめにして、ほかのボタンのすべて前か、すべて後に置いてください（QR、QR、URL は可、QR、URL、QR は不可）。並べ替えてください。</translation>
    </message>
    <message>
        <source>With more than three buttons WhatsApp shows only the first two and a &quot;See all options&quot; button. Put the most important ones first.</source>
        <translation>ボタンが4つ以上あると、WhatsAppでは最初の2つと「すべてのオプションを表示」ボタンだけが表示されます。重要なボタンを先頭に置いてください。</translation>
    </message>
    <message>
        <source>Templates with four or more buttons, or quick replies mixed with other buttons, cannot be viewed on WhatsApp Desktop; customers there see a prompt to use their phone.</source>
        <translation>ボタンが4つ以上あるテンプレートや、クイック返信とほかのボタンが混在するテンプレートは、WhatsApp Desktopでは表示できません。WhatsApp Desktopのお客様には、スマートフォンで開くよう案内が表示されます。</translation>
    </message>
    <message>
        <source>Each sample must look like {{&quot;param_name&quot;: &quot;first_name&quot;, &quot;example&quot;: &quot;Pablo&quot;}}.</source>
        <translation>各サンプルは {{&quot;param_name&quot;: &quot;first_name&quot;, &quot;example&quot;: &quot;Pablo&quot;}} の形式にしてください。</translation>
    </message>
    <message>
        <source>{placeholder} is a named variable but the template uses numbered variables. Choose Named under Variables, or use {one}, {two}, ….</source>
        <translation>{placeholder} は名前付き変数ですが、このテンプレートは番号付き変数を使っています。「変数」で名前付きを選ぶか、{one}、{two}… を使ってください。</translation>
    </message>
    <message>
        <source>{placeholder} is a numbered variable but the template uses named variables. Use a name like {first_name}, or choose Numbered under Variables.</source>
        <translation>{placeholder} は番号付き変数ですが、このテンプレートは名前付き変数を使っています。{first_name} のような名前を使うか、「変数」で番号付きを選んでください。</translation>
    </message>
    <message>
        <source>This header needs a sample file for Meta&apos;s review: its upload handle, such as &quot;4::aW...&quot;.</source>
        <translation>このヘッダーには、Metaの審査用のサンプルファイル（&quot;4::aW...&quot; のようなアップロードハンドル）が必要です。</translation>
    </message>
    <message>
        <source>A text header needs text (up to 60 characters), or choose No header.</source>
        <translation>テキストのヘッダーには文字（60文字まで）が必要です。不要なら「ヘッダーなし」を選んでください。</translation>
    </message>
    <message>
        <source>Each button must be an object such as {{&quot;type&quot;: &quot;QUICK_REPLY&quot;, &quot;text&quot;: &quot;Yes&quot;}}.</source>
        <translation>各ボタンは {{&quot;type&quot;: &quot;QUICK_REPLY&quot;, &quot;text&quot;: &quot;Yes&quot;}} のようなオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>Unknown button type {type}. Use QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP or FLOW.</source>
        <translation>ボタンの種類 {type} は不明です。QUICK_REPLY、URL、PHONE_NUMBER、COPY_CODE、OTP、FLOW のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The sample code has {length} characters; codes are at most {limit}.</source>
        <translation>サンプルのコードが{length}文字あります。コードは{limit}文字までです。</translation>
    </message>
    <message>
        <source>The button needs a label of up to 25 characters.</source>
        <translation>ボタンには25文字までのラベルが必要です。</translation>
    </message>
    <message>
        <source>The button label has {length} characters; the limit is {limit}. Shorten it.</source>
        <translation>ボタンのラベルが{length}文字あります。上限は{limit}文字です。短くしてください。</translation>
    </message>
    <message>
        <source>Button labels cannot contain variables. Write the label out.</source>
        <translation>ボタンのラベルには変数を使えません。ラベルは実際の文字で書いてください。</translation>
    </message>
    <message>
        <source>Button labels must be one line.</source>
        <translation>ボタンのラベルは1行にしてください。</translation>
    </message>
    <message>
        <source>The URL has {length} characters; the limit is {limit}.</source>
        <translation>URLが{length}文字あります。上限は{limit}文字です。</translation>
    </message>
    <message>
        <source>{url} is not a valid web address. Write a full URL such as https://example.com/track/{one}, without spaces.</source>
        <translation>{url} は有効なウェブアドレスではありません。https://example.com/track/{one} のような完全なURLを、スペースなしで書いてください。</translation>
    </message>
    <message>
        <source>The URL&apos;s variable must be written {one}.</source>
        <translation>URLの変数は {one} と書いてください。</translation>
    </message>
    <message>
        <source>A URL may contain only one variable, {one}, at its end.</source>
        <translation>URLに入れられる変数は、末尾の {one} 1つだけです。</translation>
    </message>
    <message>
        <source>The URL&apos;s variable must be at the very end, as in https://example.com/track/{one}.</source>
        <translation>URLの変数は https://example.com/track/{one} のように、いちばん最後に置いてください。</translation>
    </message>
    <message>
        <source>The phone number has {length} characters; the limit is {limit}.</source>
        <translation>電話番号が{length}文字あります。上限は{limit}文字です。</translation>
    </message>
    <message>
        <source>{number}: write the phone number as digits with the country code, optionally after +, such as +15550051310; no spaces, dashes or brackets.</source>
        <translation>{number}: 電話番号は国番号から始まる数字で書いてください（先頭の + は省略可。例: +15550051310）。スペース、ハイフン、かっこは使えません。</translation>
    </message>
    <message>
        <source>{number} does not look like a full international number. Start with the country code (81 for Japan, 1 for the US).</source>
        <translation>{number} は国際形式の完全な電話番号ではないようです。国番号（日本は81、米国は1）から始めてください。</translation>
    </message>
    <message>
        <source>otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP.</source>
        <translation>otp_type は COPY_CODE、ONE_TAP、ZERO_TAP のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Each app needs package_name (up to 224 characters, e.g. com.example.app) and its 11-character signature_hash.</source>
        <translation>各アプリには package_name（224文字まで。例: com.example.app）と11文字の signature_hash が必要です。</translation>
    </message>
    <message>
        <source>{type} components are only allowed in MARKETING templates.</source>
        <translation>{type} コンポーネントは MARKETING テンプレートでのみ使えます。</translation>
    </message>
    <message>
        <source>A carousel needs between 2 and 10 cards.</source>
        <translation>カルーセルには2～10枚のカードが必要です。</translation>
    </message>
    <message>
        <source>Authentication templates have no header. Remove it.</source>
        <translation>認証テンプレートにはヘッダーを付けられません。削除してください。</translation>
    </message>
    <message>
        <source>The body of an authentication template is fixed by WhatsApp (&quot;{one} is your verification code.&quot;). Remove the text; you may set add_security_recommendation.</source>
        <translation>認証テンプレートの本文はWhatsAppが決めた固定文です（&quot;{one} is your verification code.&quot;）。テキストを削除してください。add_security_recommendation は設定できます。</translation>
    </message>
    <message>
        <source>add_security_recommendation must be true or false.</source>
        <translation>add_security_recommendation は true か false にしてください。</translation>
    </message>
    <message>
        <source>The footer of an authentication template is fixed; set code_expiration_minutes instead of text.</source>
        <translation>認証テンプレートのフッターは固定です。text の代わりに code_expiration_minutes を設定してください。</translation>
    </message>
    <message>
        <source>code_expiration_minutes must be a whole number from {low} to {high}.</source>
        <translation>code_expiration_minutes は{low}～{high}の整数にしてください。</translation>
    </message>
    <message>
        <source>{field} only applies to AUTHENTICATION templates. Remove it.</source>
        <translation>{field} は AUTHENTICATION テンプレートでのみ使えます。削除してください。</translation>
    </message>
    <message>
        <source>This sample is empty. Write a realistic value, such as a name or an order number.</source>
        <translation>このサンプルが空です。名前や注文番号など、実際に近い値を入力してください。</translation>
    </message>
    <message>
        <source>The body is the same as the template {name} in this language; Meta rejects a second template with the same text. Change the wording, or edit {name} instead.</source>
        <translation>本文がこの言語のテンプレート {name} と同じです。Metaは同じ文面の2つ目のテンプレートを却下します。文面を変えるか、{name} を編集してください。</translation>
    </message>
    <message>
        <source>Authentication templates send a one-time password, not an offer code. Choose the button Copy code, One-tap autofill or Zero-tap instead.</source>
        <translation>認証テンプレートが送るのはワンタイムパスワードで、クーポンコードではありません。ボタンは「コードをコピー」「ワンタップ自動入力」「ゼロタップ」から選んでください。</translation>
    </message>
    <message>
        <source>A Copy offer code button needs a sample code, such as &quot;SAVE20&quot;.</source>
        <translation>「クーポンコードをコピー」ボタンには、&quot;SAVE20&quot; のようなサンプルコードが必要です。</translation>
    </message>
    <message>
        <source>A form (Flow) button must name the Flow it opens; set it up in WhatsApp Manager and import the template from there.</source>
        <translation>フォーム（フロー）のボタンには、開くフローの指定が必要です。WhatsAppマネージャで設定し、そこからテンプレートをインポートしてください。</translation>
    </message>
    <message>
        <source>A website button needs an address starting with https://.</source>
        <translation>ウェブサイトのボタンには、https:// で始まるアドレスが必要です。</translation>
    </message>
    <message>
        <source>{url} starts with http://; WhatsApp buttons need a secure address. Write it with https:// (check that your site answers there).</source>
        <translation>{url} は http:// で始まっています。WhatsAppのボタンには安全なアドレスが必要です。https:// で書いてください（サイトがそのアドレスで表示されるか確認してください）。</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <source>{status}: {reason}</source>
        <extracomment>Role returning the row&apos;s TemplateSummary / LintItem. Status → the theme colour it is written in (see :func:`desktop.ui.theme.theme_colors`).</extracomment>
        <translation>{status}: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplateReview</name>
    <message>
        <source>Draft</source>
        <extracomment>The steps shown for every template; ``ReviewState.step`` indexes this tuple.</extracomment>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>申請済み</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>判定済み</translation>
    </message>
    <message>
        <source>Meta found a formatting problem: variables next to each other, at the very start or end of the body, or missing samples. Put words around every variable, give each one a realistic sample, then submit again.</source>
        <translation>Metaが形式の問題を検出しました（変数が隣り合っている、本文の先頭か末尾に変数がある、またはサンプルがない）。すべての変数の前後に言葉を入れ、それぞれに実際にありそうなサンプルを指定してから、再申請してください。</translation>
    </message>
    <message>
        <source>The text reads like an offer but the category is UTILITY. Remove the sales wording, or create it again as a MARKETING template.</source>
        <translation>本文が宣伝のように読めますが、カテゴリは UTILITY です。宣伝的な表現を削除するか、MARKETING テンプレートとして作り直してください。</translation>
    </message>
    <message>
        <source>The category does not match the content. Choose the category that fits (MARKETING for offers, UTILITY for updates on an order or account).</source>
        <translation>カテゴリが内容と合っていません。内容に合うカテゴリを選んでください（宣伝なら MARKETING、注文やアカウントに関するお知らせなら UTILITY）。</translation>
    </message>
    <message>
        <source>Meta found abusive or threatening wording. Rewrite the text in a neutral tone and submit again.</source>
        <translation>Metaが攻撃的または脅迫的な表現を検出しました。穏やかな表現に書き直して、再申請してください。</translation>
    </message>
    <message>
        <source>Meta suspects the template could mislead customers. Say plainly who you are and what the message is about, avoid asking for passwords or payment details.</source>
        <translation>Metaは、このテンプレートがお客様を誤解させるおそれがあると判断しました。送信者が誰で何の用件かをはっきり書き、パスワードや支払い情報を尋ねないでください。</translation>
    </message>
    <message>
        <source>A link is not allowed (shortened, redirecting or not your business&apos;s domain). Use a full https address on your own domain.</source>
        <translation>使用できないリンクがあります（短縮URL、リダイレクト、または自社以外のドメイン）。自社ドメインの完全なhttpsアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Read Meta&apos;s reason, change the wording or category accordingly, and submit again; if you believe the decision is wrong, request a review in WhatsApp Manager.</source>
        <translation>Metaの理由を確認し、それに合わせて表現やカテゴリを変更してから再申請してください。判定が誤っていると思われる場合は、WhatsAppマネージャで再審査をリクエストしてください。</translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <extracomment>Index into :data:`STEPS` of the step reached. ``ok`` (approved), ``waiting`` (submitted or in review), ``problem`` (rejected, paused, disabled) or ``draft``.</extracomment>
        <translation>まだ申請していません。</translation>
    </message>
    <message>
        <source>Approved: you can send it now.</source>
        <translation>承認済み: すぐに送信できます。</translation>
    </message>
    <message>
        <source>In review: Meta usually decides within minutes, at most 24 hours.</source>
        <translation>審査中: Metaの判定は通常数分、長くても24時間以内に出ます。</translation>
    </message>
    <message>
        <source>Appeal in review: Meta looks at the decision again.</source>
        <translation>再審査中: Metaが判定を見直しています。</translation>
    </message>
    <message>
        <source>Being deleted: the name can be reused after 30 days.</source>
        <translation>削除処理中: この名前は30日後に再び使えます。</translation>
    </message>
    <message>
        <source>Rejected ({reason}).</source>
        <translation>却下されました（{reason}）。</translation>
    </message>
    <message>
        <source>Paused by Meta after low-quality feedback.</source>
        <translation>品質の低い評価を受けたため、Metaにより一時停止されました。</translation>
    </message>
    <message>
        <source>Customers blocked or reported it. Make the message more relevant or send it less often, then resume it in WhatsApp Manager.</source>
        <translation>お客様にブロックまたは報告されました。内容をお客様に合ったものにするか送信頻度を下げてから、WhatsAppマネージャで再開してください。</translation>
    </message>
    <message>
        <source>Disabled after repeated low quality.</source>
        <translation>品質の低い状態が続いたため、無効化されました。</translation>
    </message>
    <message>
        <source>It can no longer be sent. Create a new template with different wording, or appeal in WhatsApp Manager.</source>
        <translation>このテンプレートはもう送信できません。表現を変えた新しいテンプレートを作成するか、WhatsAppマネージャで異議を申し立ててください。</translation>
    </message>
    <message>
        <source>Status {status}.</source>
        <translation>状態: {status}</translation>
    </message>
</context>
<context>
    <name>TemplateSend</name>
    <message>
        <source>Enter the one-time code to send.</source>
        <extracomment>Body variables: a list for POSITIONAL templates, a mapping by name for NAMED ones. Value of the text header&apos;s variable. Media header: ``{&quot;id&quot;: &quot;&lt;media id&gt;&quot;}`` or ``{&quot;link&quot;: &quot;https://…&quot;}`` (+ ``filename``). Location header: ``{&quot;latitude&quot;, &quot;longitude&quot;, &quot;name&quot;, &quot;address&quot;}``. By button index: URL suffix (raw, encoded here), quick-reply payload, or coupon code. The one-time password of an AUTHENTICATION template. Insert zero-width spaces so values cannot change the body&apos;s formatting.</extracomment>
        <translation>送信するワンタイムコードを入力してください。</translation>
    </message>
    <message>
        <source>This template uses named variables; give the values by name.</source>
        <translation>このテンプレートは名前付き変数を使います。値は名前で指定してください。</translation>
    </message>
    <message>
        <source>The template is {status}; only APPROVED templates can be sent. Wait for review or pick another template.</source>
        <translation>テンプレートの状態は {status} です。送信できるのは APPROVED（承認済み）のテンプレートだけです。審査を待つか、別のテンプレートを選んでください。</translation>
    </message>
    <message>
        <source>components must be a list.</source>
        <translation>components はリストにしてください。</translation>
    </message>
    <message>
        <source>Enter a value; it may not be empty.</source>
        <translation>値を入力してください。空欄にはできません。</translation>
    </message>
    <message>
        <source>Values may not contain line breaks, tabs or more than four spaces in a row (Meta rejects the send). Put them on one line.</source>
        <translation>値には改行、タブ、4つを超えて連続するスペースを使えません（Metaが送信を拒否します）。1行で入力してください。</translation>
    </message>
    <message>
        <source>The value has {length} characters; at most {limit}.</source>
        <translation>値が{length}文字あります。{limit}文字以内にしてください。</translation>
    </message>
    <message>
        <source>This template has no header; remove the header values.</source>
        <translation>このテンプレートにはヘッダーがありません。ヘッダーの値を削除してください。</translation>
    </message>
    <message>
        <source>This template&apos;s header takes no values; remove them.</source>
        <translation>このテンプレートのヘッダーには値を指定できません。削除してください。</translation>
    </message>
    <message>
        <source>Enter the header&apos;s value.</source>
        <translation>ヘッダーの値を入力してください。</translation>
    </message>
    <message>
        <source>Choose the location to show in the header.</source>
        <translation>ヘッダーに表示する位置情報を選んでください。</translation>
    </message>
    <message>
        <source>Choose the header&apos;s {kind}: an uploaded media id or an https link.</source>
        <translation>ヘッダーの {kind} を指定してください（アップロード済みのメディアIDまたはhttpsリンク）。</translation>
    </message>
    <message>
        <source>Enter the location&apos;s {key} as a number.</source>
        <translation>位置情報の {key} を数値で入力してください。</translation>
    </message>
    <message>
        <source>Give the {kind} as an uploaded media id or an https link.</source>
        <translation>{kind} は、アップロード済みのメディアIDまたはhttpsリンクで指定してください。</translation>
    </message>
    <message>
        <source>Media links must start with https:// and be reachable by Meta.</source>
        <translation>メディアのリンクは https:// で始まり、Metaからアクセスできる必要があります。</translation>
    </message>
    <message>
        <source>Expected a {expected} value here but got {got}. Rebuild the values from the template.</source>
        <translation>ここには {expected} の値が必要ですが、{got} が指定されています。テンプレートから値を作り直してください。</translation>
    </message>
    <message>
        <source>This template uses named variables; each value needs parameter_name ({names}).</source>
        <translation>このテンプレートは名前付き変数を使います。各値に parameter_name（{names}）が必要です。</translation>
    </message>
    <message>
        <source>This template uses numbered variables; remove parameter_name and give the values in order.</source>
        <translation>このテンプレートは番号付き変数を使います。parameter_name を削除し、値を順番に指定してください。</translation>
    </message>
    <message>
        <source>The value contains * _ ~ or ` and may change the message&apos;s formatting. Turn on escaping if it should show as typed.</source>
        <translation>値に * _ ~ ` が含まれているため、メッセージの書式が変わる可能性があります。入力どおりに表示したい場合は、エスケープをオンにしてください。</translation>
    </message>
    <message>
        <source>The template&apos;s body has {expected} variable(s) but {given} value(s) were given. Fill in every variable.</source>
        <translation>テンプレートの本文には変数が{expected}個ありますが、値は{given}個指定されています。すべての変数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a value for {name}.</source>
        <translation>{name} の値を入力してください。</translation>
    </message>
    <message>
        <source>Each button value needs the button&apos;s index (0, 1, …).</source>
        <translation>各ボタンの値には、ボタンのインデックス（0、1、…）が必要です。</translation>
    </message>
    <message>
        <source>The template has no button number {number}.</source>
        <translation>テンプレートに{number}番目のボタンはありません。</translation>
    </message>
    <message>
        <source>The URL suffix must be percent-encoded (space as %20, : as %3A, | as %7C): {encoded}</source>
        <translation>URLの末尾部分はパーセントエンコードしてください（スペースは %20、: は %3A、| は %7C）: {encoded}</translation>
    </message>
    <message>
        <source>Button {number} ({label}) needs a value: the end of its link, or the code to copy.</source>
        <translation>ボタン{number}（{label}）に値が必要です。リンクの末尾部分か、コピーするコードを入力してください。</translation>
    </message>
    <message>
        <source>The code must also be given to the OTP button (index 0), the same as in the body.</source>
        <translation>OTP ボタン（インデックス0）にも、本文と同じコードを指定してください。</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s WhatsApp number with country code, digits only (for example 16505551241).</source>
        <translation>宛先のWhatsAppの電話番号を、国番号から数字だけで入力してください（例: 16505551241）。</translation>
    </message>
</context>
<context>
    <name>TemplateSendDialog</name>
    <message>
        <source>Send a template</source>
        <translation>テンプレートを送信</translation>
    </message>
    <message>
        <source>No approved template for this number&apos;s account yet. Create one in Templates.</source>
        <translation>この電話番号のアカウントには、承認済みテンプレートがまだありません。「テンプレート」画面で作成してください。</translation>
    </message>
    <message>
        <source>WhatsApp number, e.g. 16505551241</source>
        <translation>WhatsAppの電話番号（例: 16505551241）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>テンプレートを送信</translation>
    </message>
    <message>
        <source>Approved templates</source>
        <translation>承認済みテンプレート</translation>
    </message>
    <message>
        <source>Send {name} ({language})</source>
        <translation>{name}（{language}）を送信</translation>
    </message>
    <message>
        <source>Only an APPROVED template can be sent. Wait for the review, or sync.</source>
        <translation>送信できるのは APPROVED（承認済み）のテンプレートだけです。審査を待つか、同期してください。</translation>
    </message>
    <message>
        <source> (test number)</source>
        <translation> (テスト用番号)</translation>
    </message>
    <message>
        <source>This account has no phone number to send from. Add one under Numbers, then sync.</source>
        <translation>このアカウントには送信元の電話番号がありません。「電話番号」画面で追加してから、同期してください。</translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation>{file} をアップロード中…</translation>
    </message>
    <message>
        <source>The file was not uploaded: {reason}</source>
        <translation>ファイルはアップロードされませんでした: {reason}</translation>
    </message>
    <message>
        <source>This template cannot be read: {error}</source>
        <translation>このテンプレートを読み込めません: {error}</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>ワンタイムコード</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>ヘッダーの値</translation>
    </message>
    <message>
        <source>Header {kind}</source>
        <translation>ヘッダーの{kind}</translation>
    </message>
    <message>
        <source>https:// link or media id, or choose a file</source>
        <translation>https:// のリンクかメディア ID、またはファイルを選択</translation>
    </message>
    <message>
        <source>“{label}” link ending</source>
        <translation>「{label}」のリンク末尾</translation>
    </message>
    <message>
        <source>Offer code</source>
        <translation>クーポンコード</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Header file</source>
        <translation>ヘッダーのファイル</translation>
    </message>
    <message>
        <source>{file} is not a {kind}: this template&apos;s header needs one.</source>
        <translation>このテンプレートのヘッダーに使えるのは{kind}です。{file} は使えません。</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Choose the number to send from.</source>
        <translation>送信元の電話番号を選んでください。</translation>
    </message>
    <message>
        <source>Cost: cannot be estimated for this recipient.</source>
        <translation>料金: この宛先の料金は見積もれません。</translation>
    </message>
    <message>
        <source>Cost: {currency} {amount} ({market}). {why}</source>
        <translation>料金: {currency} {amount}（{market}）。{why}</translation>
    </message>
    <message>
        <source>(rate not verified)</source>
        <translation>（単価は未検証）</translation>
    </message>
    <message>
        <source>Cost: free. {why}</source>
        <translation>料金: 無料。{why}</translation>
    </message>
</context>
<context>
    <name>TemplateSubmission</name>
    <message>
        <source>Choose a WhatsApp Business Account first (connect one in Settings).</source>
        <extracomment>Meta&apos;s error subcodes on template create/edit → the field they are about. Returns the client, or an awaitable of it (the live client is built lazily).</extracomment>
        <translation>まずWhatsAppビジネスアカウントを選んでください（設定で接続できます）。</translation>
    </message>
    <message>
        <source>{name} is still in review and can&apos;t be changed yet. Wait for Meta&apos;s decision (it appears here), or save it under another name to submit now.</source>
        <translation>{name} は審査中のため、まだ変更できません。Metaの判定を待つか（結果はここに表示されます）、別の名前で保存してすぐに申請してください。</translation>
    </message>
    <message>
        <source>The category of an approved template can&apos;t be changed. Set it back to {category}, or duplicate the template and submit the copy.</source>
        <translation>承認済みテンプレートのカテゴリは変更できません。{category} に戻すか、テンプレートを複製してコピーを申請してください。</translation>
    </message>
    <message>
        <source>Fix the {count} error(s) listed under the preview before submitting.</source>
        <translation>申請する前に、プレビューの下に表示されている{count}件のエラーを修正してください。</translation>
    </message>
    <message>
        <source>This account already has {count} templates, the most Meta allows ({limit}; 6,000 once your business is verified and a number has an approved display name). Delete templates you no longer use, then submit again.</source>
        <translation>このアカウントのテンプレートは {count} 件で、Metaが認める上限（{limit} 件。ビジネス認証済みで、いずれかの電話番号の表示名が承認されていれば6,000件）に達しています。使わないテンプレートを削除してから、もう一度申請してください。</translation>
    </message>
    <message>
        <source>This language of {name} has no id at Meta yet. Sync, then delete it again.</source>
        <translation>{name} のこの言語版にはまだMetaのIDがありません。同期してから、もう一度削除してください。</translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Left out: Meta rejected or disabled it in the old account; fix it in the designer and submit it there.</source>
        <extracomment>Statuses whose content Meta refused or retired: copying them would only be refused again.</extracomment>
        <translation>対象外: 元のアカウントでMetaに却下または無効化されています。デザイナーで修正してから申請してください。</translation>
    </message>
    <message>
        <source>Already in this account under the same name and language: not sent again.</source>
        <translation>同じ名前と言語でこのアカウントにすでにあります。再送信しません。</translation>
    </message>
    <message>
        <source>Not sent: it breaks {count} of Meta&apos;s rules. Open it in the designer to fix it. First problem:</source>
        <translation>未送信: Metaのルールに{count}件違反しています。デザイナーで開いて修正してください。最初の問題:</translation>
    </message>
    <message>
        <source>Submitted for review ({status}); it can be sent once Meta approves it.</source>
        <translation>審査に申請しました({status})。Metaが承認すると送信できます。</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>拒否されました:</translation>
    </message>
</context>
<context>
    <name>TestEnvironmentPanel</name>
    <message>
        <source>The sandbox behaves like Meta&apos;s test setup: a test number can message only the recipients listed here, at most {cap}. The buttons below make WhatsApp events happen now, so you can see how WABA Desk reacts.</source>
        <translation>サンドボックスは Meta のテスト環境と同じように動きます。テスト番号はここに登録した宛先（最大 {cap} 件）にだけ送信できます。下のボタンで WhatsApp のイベントを今すぐ起こし、WABA Desk の反応を確かめられます。</translation>
    </message>
    <message>
        <source>Allowed recipients of the test number</source>
        <translation>テスト番号が送信できる宛先</translation>
    </message>
    <message>
        <source>+1 650 555 1234</source>
        <translation>+1 650 555 1234</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>選んだ宛先を削除</translation>
    </message>
    <message>
        <source>Make something happen</source>
        <translation>イベントを起こす</translation>
    </message>
    <message>
        <source>Quality drops to low</source>
        <translation>品質を「低」に下げる</translation>
    </message>
    <message>
        <source>Quality recovers</source>
        <translation>品質を回復させる</translation>
    </message>
    <message>
        <source>Change the business&apos;s limit</source>
        <translation>ビジネスの上限を変更</translation>
    </message>
    <message>
        <source>{n} of {cap} recipients</source>
        <translation>{cap} 件中 {n} 件の宛先</translation>
    </message>
    <message>
        <source>Approve the badge request</source>
        <translation>バッジ申請を承認</translation>
    </message>
    <message>
        <source>Refuse the badge request</source>
        <translation>バッジ申請を却下</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation>新着メッセージ ↓</translation>
    </message>
</context>
<context>
    <name>TrayBackend</name>
    <message>
        <source>Open WABA Desk</source>
        <translation>WABA Deskを開く</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so WABA Desk cannot show desktop notifications. Unread counts still show on the Inbox button and in the window title.</source>
        <translation>このデスクトップには通知領域がないため、WABA Deskはデスクトップ通知を表示できません。未読数は受信トレイのボタンとウィンドウのタイトルに引き続き表示されます。</translation>
    </message>
    <message>
        <source>This desktop does not show notifications from apps (no notification service is running). Unread counts still show in the tray, on the Inbox button and in the window title.</source>
        <translation>このデスクトップはアプリからの通知を表示しません（通知サービスが動いていません）。未読数はトレイ、受信トレイのボタン、ウィンドウのタイトルに引き続き表示されます。</translation>
    </message>
    <message>
        <source>WABA Desk: {count} unread</source>
        <translation>WABA Desk: 未読 {count} 件</translation>
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
    <name>WebhookReceiver</name>
    <message>
        <source>Port {port} on {host} is already in use. Choose another webhook port, or stop the program that is using it.</source>
        <translation>{host} のポート {port} はすでに使用されています。別のWebhookポートを選ぶか、そのポートを使用しているプログラムを終了してください。</translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on {host}:{port} ({reason}). Check the host and port in the settings.</source>
        <translation>{host}:{port} でWebhookを待ち受けできません（{reason}）。「設定」でホストとポートを確認してください。</translation>
    </message>
</context>
</TS>
