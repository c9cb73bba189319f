# ruff: noqa: E501
"""Write the Japanese translation into resources/translations/wabadesk_ja.ts.

The table below is the single place where the Japanese text lives, so one term is always
translated the same way (see GLOSSARY) and a re-run reproduces the file. Run it after
`make translations` has collected new strings:

    python tools/translate_ja.py          # refresh, fill, compile; lists what is missing

Entries of the .ts file that the table does not know are listed and left untouched, so a
translation typed directly into the .ts file (e.g. with Qt Linguist) is never lost.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.update_translations import TRANSLATIONS, update

JA_TS = TRANSLATIONS / "wabadesk_ja.ts"

# English term -> the one Japanese term used for it (WhatsApp's and Meta's own wording).
GLOSSARY: dict[str, str] = {
    "template": "テンプレート",
    "approved template": "承認済みテンプレート",
    "conversation": "会話",
    "customer": "お客様",
    "simulated customers": "模擬顧客",
    "phone number": "電話番号",
    "WhatsApp Business Account": "WhatsAppビジネスアカウント",
    "Business Settings": "ビジネス設定",
    "System users": "システムユーザー",
    "system-user token": "システムユーザーのトークン",
    "access token": "アクセストークン",
    "app secret": "アプリシークレット",
    "verify token": "検証トークン",
    "WhatsApp Manager": "WhatsAppマネージャ",
    "Account quality": "アカウントクオリティ",
    "quality rating": "品質評価",
    "messaging limit": "メッセージ送信上限",
    "24-hour window": "24時間の返信可能時間",
    "customer service window": "24時間の返信可能時間",
    "free-form": "自由形式",
    "marketing": "マーケティング",
    "utility": "ユーティリティ",
    "authentication": "認証",
    "two-step verification PIN": "2段階認証のPIN",
    "verification code": "認証コード",
    "display name": "表示名",
    "register": "登録",
    "deregister": "登録解除",
    "Numbers": "電話番号",
    "Settings": "設定",
    "Inbox": "受信トレイ",
    "sandbox": "サンドボックス",
    "live mode": "本番モード",
    "keyring": "キーリング",
    "webhook": "Webhook",
    "media": "メディア",
    "header": "ヘッダー",
    "body": "本文",
    "footer": "フッター",
    "button": "ボタン",
    "quick reply": "クイック返信",
    "variable": "変数",
    "named variables": "名前付き変数",
    "numbered variables": "番号付き変数",
    "sample": "サンプル",
    "category": "カテゴリ",
    "flow": "フロー",
    "sticker": "ステッカー",
    "delivered": "配信済み",
    "sent": "送信済み",
    "read": "既読",
    "Slow down": "ペースを落としてください",
    "try again": "もう一度お試しください",
    "send again": "再送信",
}

# Context -> English source -> Japanese translation. Keep {placeholders} exactly.
JA: dict[str, dict[str, str]] = {
    "AppStatusBar": {
        "Pause simulated customers": "模擬顧客を一時停止",
        "Starting…": "起動中…",
        "Sandbox": "サンドボックス",
        "Live": "本番",
        "API: checking…": "API: 確認中…",
        "● API connected": "● API接続済み",
        "● API unreachable": "● APIに接続できません",
        "Webhooks: –": "Webhook: –",
        "● Webhooks receiving ({n} events)": "● Webhook受信中（{n}件）",
        "● Webhooks not receiving": "● Webhookを受信していません",
    },
    "Bubble": {
        "Sticker": "ステッカー",
        "Voice message": "音声メッセージ",
        "Audio": "オーディオ",
        "Contact card": "連絡先カード",
        "Template “{name}” ({language})": "テンプレート「{name}」（{language}）",
        "🛒 Order of {n} item(s)": "🛒 {n}点の注文",
        "System notice": "システム通知",
        "This message type cannot be shown (WhatsApp does not deliver it to the API).": "この種類のメッセージは表示できません（WhatsAppがAPIに配信しないため）。",
        "[{type} message]": "[{type}メッセージ]",
        "Not delivered": "配信されませんでした",
    },
    "BubbleRenderer": {
        "Image": "画像",
        "Video": "動画",
        "GIF": "GIF",
        "Document": "ドキュメント",
        "Location": "位置情報",
        "Product": "商品",
        "See all options": "すべてのオプションを表示",
    },
    "BubblePreview": {
        "Message preview": "メッセージのプレビュー",
    },
    "CloudApi": {
        "Access token expired": "アクセストークンの期限切れ",
        "The access token has expired or was revoked: create a new system-user token in Business Settings and paste it in Settings.": "アクセストークンの有効期限が切れたか、取り消されました。ビジネス設定で新しいシステムユーザーのトークンを作成し、「設定」に貼り付けてください。",
        "Permission missing": "権限がありません",
        "The access token lacks a permission or access to this WhatsApp Business Account ({details}). In Business Settings → System users, grant whatsapp_business_messaging and whatsapp_business_management and assign the account to the system user.": "アクセストークンに、このWhatsAppビジネスアカウントへの権限またはアクセス権がありません（{details}）。ビジネス設定 → システムユーザーで whatsapp_business_messaging と whatsapp_business_management を付与し、このアカウントをシステムユーザーに割り当ててください。",
        "WhatsApp is temporarily unavailable": "WhatsAppが一時的に利用できません",
        "Meta's service had a temporary problem. The app retried; try again in a few minutes and check metastatus.com if it persists.": "Metaのサービスで一時的な問題が発生しました（アプリで再試行済みです）。数分後にもう一度お試しください。解決しない場合は metastatus.com を確認してください。",
        "Template rejected by Meta": "Metaがテンプレートを却下しました",
        "Meta refused the template: {details}. Fix the field in the template designer and submit again.": "Metaがテンプレートを受け付けませんでした: {details}。テンプレートデザイナーで該当する項目を修正し、再申請してください。",
        "Too many API calls": "API呼び出しが多すぎます",
        "The app made too many API calls in a short time. Slow down: it will retry automatically; wait a few minutes before bulk actions.": "短時間にAPIを呼び出しすぎました。ペースを落としてください。アプリが自動で再試行します。一括操作は数分待ってから行ってください。",
        "Account API limit reached": "アカウントのAPI上限に達しました",
        "This WhatsApp Business Account reached its hourly limit of management calls. Slow down and wait before syncing templates or numbers again.": "このWhatsAppビジネスアカウントは、1時間あたりの管理API呼び出しの上限に達しました。ペースを落としてください。しばらく待ってから、テンプレートや電話番号を再同期してください。",
        "Sending too fast": "送信ペースが速すぎます",
        "The phone number reached its messages-per-second limit. Slow down: queued messages will be sent a little later.": "この電話番号の1秒あたりの送信数の上限に達しました。ペースを落としてください。送信待ちのメッセージは少し後で送信されます。",
        "Spam rate limit": "スパム対策による制限",
        "Too many recent messages were blocked or reported by customers. Slow down: pause campaigns and check the number's quality rating before sending more.": "最近のメッセージの多くが、お客様にブロックまたは報告されました。ペースを落としてください。キャンペーンを一時停止し、電話番号の品質評価を確認してから送信を再開してください。",
        "Too many messages to this customer": "このお客様へのメッセージが多すぎます",
        "Too many messages went to this same customer in a short time. Slow down: wait a few seconds between messages to one person.": "短時間に同じお客様へメッセージを送りすぎました。ペースを落としてください。同じ相手には数秒あけて送信してください。",
        "Messaging limit reduced": "メッセージ送信上限が引き下げられました",
        "Meta reduced the messaging limit because templates were put in the wrong category. Stop business-initiated sends and fix template categories.": "テンプレートのカテゴリが誤っていたため、Metaがメッセージ送信上限を引き下げました。ビジネスから開始する送信を止めて、テンプレートのカテゴリを修正してください。",
        "Account restricted": "アカウントが制限されています",
        "The WhatsApp Business Account is restricted or disabled for a policy violation. Open WhatsApp Manager → Account quality to see the enforcement and appeal it.": "ポリシー違反により、WhatsAppビジネスアカウントが制限または無効化されています。WhatsAppマネージャ → アカウントクオリティで措置の内容を確認し、異議を申し立ててください。",
        "Account locked or wrong PIN": "アカウントのロックまたはPINの誤り",
        "Meta locked the account, or the two-step verification PIN sent was wrong. Check the PIN first; otherwise look at the account's health status in WhatsApp Manager.": "Metaがアカウントをロックしたか、送信した2段階認証のPINが誤っています。まずPINを確認し、PINが正しければWhatsAppマネージャでアカウントの状態を確認してください。",
        "Country not allowed": "送信できない国です",
        "This business account may not message users in the customer's country. Do not send to numbers from this country.": "このビジネスアカウントは、このお客様の国のユーザーにメッセージを送信できません。この国の電話番号には送信しないでください。",
        "Payment problem": "支払いの問題",
        "Meta reports a billing problem (no payment method or credit line, currency or time zone unset, or account suspended). Fix it in Business Settings → Payments.": "Metaから請求に関する問題が報告されています（支払い方法やクレジットラインがない、通貨やタイムゾーンが未設定、またはアカウントの停止）。ビジネス設定 → 支払いで修正してください。",
        "Marketing templates disabled": "マーケティングテンプレートが無効です",
        "Marketing templates are turned off for the Cloud API on this account. Send through the Marketing Messages API or re-enable them in WhatsApp Manager.": "このアカウントでは、Cloud APIでのマーケティングテンプレートがオフになっています。Marketing Messages APIで送信するか、WhatsAppマネージャで再度有効にしてください。",
        "Payments terms pending": "決済の利用規約に未同意です",
        "Accept the WhatsApp Payments terms of service in WhatsApp Manager, then try again.": "WhatsAppマネージャでWhatsApp Paymentsの利用規約に同意してから、もう一度お試しください。",
        "Account in maintenance": "アカウントのメンテナンス中",
        "The account is briefly in maintenance mode (for example a throughput upgrade). Try again in a minute.": "アカウントが一時的にメンテナンスモードになっています（スループットの引き上げなど）。1分ほどしてから、もう一度お試しください。",
        "Invalid parameter": "無効なパラメーター",
        "Meta rejected a parameter: {details}. Correct it and try again; sending it unchanged will fail again.": "Metaがパラメーターを受け付けませんでした: {details}。修正してから、もう一度お試しください。そのまま送信しても再び失敗します。",
        "Required parameter missing": "必須パラメーターがありません",
        "A required parameter is missing: {details}. Complete the message and send again.": "必須パラメーターがありません: {details}。メッセージを完成させてから再送信してください。",
        "Parameter value invalid": "パラメーターの値が無効です",
        "A parameter value is not valid: {details}. Correct it and send again.": "パラメーターの値が無効です: {details}。修正してから再送信してください。",
        "Unsupported message type": "未対応のメッセージの種類",
        "WhatsApp does not support this message type here. Choose another type.": "この種類のメッセージは、ここではWhatsAppが対応していません。別の種類を選んでください。",
        "Customer's media unavailable": "お客様のメディアを取得できません",
        "The customer's media could not be downloaded. Ask the customer to send it again.": "お客様から届いたメディアをダウンロードできませんでした。お客様にもう一度送ってもらうよう依頼してください。",
        "Media upload failed": "メディアのアップロードに失敗しました",
        "Your media could not be uploaded or sent, usually because its file type does not match its content. Check the file type and size, then try again.": "メディアをアップロードまたは送信できませんでした。多くの場合、ファイルの種類が内容と一致していないことが原因です。ファイルの種類とサイズを確認してから、もう一度お試しください。",
        "Invalid request": "無効なリクエスト",
        "Meta could not process the request parameters ({details}). Check them and try again.": "Metaがリクエストのパラメーターを処理できませんでした（{details}）。内容を確認してから、もう一度お試しください。",
        "Sender is the recipient": "送信者と宛先が同じです",
        "A number cannot message itself. Choose a different recipient.": "自分の番号にはメッセージを送信できません。別の宛先を選んでください。",
        "Message undeliverable": "メッセージを配信できません",
        "The message could not be delivered: the number may not be on WhatsApp, use an old app, or not have accepted the terms. Do not retry; reach the customer another way.": "メッセージを配信できませんでした。この番号がWhatsAppを利用していない、アプリが古い、または利用規約に同意していない可能性があります。再試行せず、別の方法でお客様に連絡してください。",
        "Recipient not allowed": "許可されていない宛先",
        "A test number can only message allowed recipients. Add this number under API Setup → To → Manage phone number list, then send again.": "テスト用の番号からは、許可された宛先にしか送信できません。アプリダッシュボードの API Setup → To → Manage phone number list でこの番号を追加してから、再送信してください。",
        "Not delivered to keep the ecosystem healthy": "エコシステム保護のため配信されませんでした",
        "Meta held back this marketing message because the customer already received many. Do not resend it within 24 hours.": "お客様がすでに多くのマーケティングメッセージを受け取っているため、Metaがこのメッセージの配信を見送りました。24時間以内に再送信しないでください。",
        "Customer stopped marketing messages": "お客様がマーケティングメッセージを停止しました",
        "The customer turned off marketing messages from you. Do not send them marketing templates; service and utility messages are still possible.": "お客様が、あなたからのマーケティングメッセージをオフにしました。マーケティングテンプレートは送信しないでください。サービスメッセージとユーティリティメッセージは引き続き送信できます。",
        "Business-scoped user id not supported": "ビジネススコープのユーザーIDには未対応です",
        "This number cannot send to a business-scoped user id. Send to the phone number instead.": "この番号からは、ビジネススコープのユーザーIDに送信できません。代わりに電話番号宛てに送信してください。",
        "Customer blocked": "ブロック中のお客様",
        "You blocked this customer. Unblock them before sending.": "このお客様をブロックしています。送信する前にブロックを解除してください。",
        "Held back by a Meta experiment": "Metaの実験により送信されませんでした",
        "The customer is part of a Meta marketing experiment, so this message was not sent. This is expected; do not retry.": "このお客様はMetaのマーケティング実験の対象のため、このメッセージは送信されませんでした。想定どおりの動作です。再試行しないでください。",
        "Customer identity changed": "お客様のセキュリティコードが変わりました",
        "The customer's identity key changed (new phone or reinstall). Re-verify who you are talking to before sending again.": "お客様のセキュリティコードが変わりました（機種変更や再インストールなど）。相手がご本人であることを確認してから再送信してください。",
        "Outside the 24-hour window": "24時間の返信可能時間外",
        "More than 24 hours have passed since the customer last wrote. Send an approved template instead; free-form messages are possible again once they reply.": "お客様からの最後のメッセージから24時間以上たっています。代わりに承認済みテンプレートを送信してください。お客様から返信があれば、再び自由形式のメッセージを送れます。",
        "Template parameter count mismatch": "テンプレートのパラメーター数が一致しません",
        "The number of parameters does not match the template ({details}). Fill every variable of the approved template and send again.": "パラメーターの数がテンプレートと一致しません（{details}）。承認済みテンプレートのすべての変数を入力して、再送信してください。",
        "Template not found": "テンプレートが見つかりません",
        "No approved template with this name exists in this language. Check the name and the exact language code (en is not en_US), or sync templates.": "この名前と言語の承認済みテンプレートはありません。名前と正確な言語コード（en と en_US は別物です）を確認するか、テンプレートを同期してください。",
        "Template text too long": "テンプレートの文字数が多すぎます",
        "The message is too long once the parameters are filled in. Shorten the parameters.": "パラメーターを入れるとメッセージが長すぎます。パラメーターを短くしてください。",
        "Template breaks content policy": "テンプレートがコンテンツポリシーに違反しています",
        "The template content violates WhatsApp policy. Edit the template and submit it again.": "テンプレートの内容がWhatsAppのポリシーに違反しています。テンプレートを編集して再申請してください。",
        "Template parameter format mismatch": "テンプレートのパラメーター形式が一致しません",
        "The parameters do not have the format the template expects (for example named instead of positional). Rebuild them from the approved template.": "パラメーターの形式がテンプレートと異なります（例: 番号付きではなく名前付き）。承認済みテンプレートから作り直してください。",
        "Template paused": "テンプレートが一時停止中です",
        "The template is paused because of low quality. Wait for it to be unpaused, or edit it, or use another template.": "品質が低いため、テンプレートが一時停止されています。再開を待つか、編集するか、別のテンプレートを使ってください。",
        "Template disabled": "テンプレートが無効です",
        "The template was permanently disabled for low quality. Create a new template.": "品質が低いため、テンプレートが完全に無効化されました。新しいテンプレートを作成してください。",
        "Template parameter problem": "テンプレートのパラメーターに問題があります",
        "A parameter is not acceptable ({details}). Remove new lines, tabs and runs of more than four spaces from parameters, then send again.": "受け付けられないパラメーターがあります（{details}）。パラメーターから改行、タブ、4つを超えて連続するスペースを取り除いてから、再送信してください。",
        "Flow blocked": "フローがブロックされています",
        "The flow in this message is blocked. Fix the flow in WhatsApp Manager.": "このメッセージのフローはブロックされています。WhatsAppマネージャでフローを修正してください。",
        "Flow throttled": "フローの送信が制限されています",
        "This flow was sent too often (limit 10 per hour). Wait before sending it again.": "このフローの送信回数が多すぎます（上限は1時間に10回）。しばらく待ってから再送信してください。",
        "Too many templates": "テンプレートが多すぎます",
        "The account reached its template limit. Delete templates you no longer use, then create the new one.": "アカウントのテンプレート数が上限に達しました。使わなくなったテンプレートを削除してから、新しいテンプレートを作成してください。",
        "Phone number deleted": "電話番号が削除されています",
        "This business phone number was deleted. Sync the numbers list and choose another.": "このビジネス用電話番号は削除されています。電話番号の一覧を同期して、別の番号を選んでください。",
        "Display name not approved": "表示名が承認されていません",
        "This number has no approved display name yet. Set or fix the display name in WhatsApp Manager, then send again.": "この番号にはまだ承認済みの表示名がありません。WhatsAppマネージャで表示名を設定または修正してから、再送信してください。",
        "Number not registered correctly": "電話番号が正しく登録されていません",
        "The phone number has a registration problem. Register it again under Numbers.": "この電話番号の登録に問題があります。「電話番号」画面で登録し直してください。",
        "Previous deregistration failed": "前回の登録解除に失敗しました",
        "An earlier deregistration did not finish. Deregister the number again.": "以前の登録解除が完了していません。もう一度この番号の登録を解除してください。",
        "Wrong PIN": "PINが違います",
        "The two-step verification PIN is incorrect. Enter the right PIN, or reset it in WhatsApp Manager.": "2段階認証のPINが正しくありません。正しいPINを入力するか、WhatsAppマネージャでリセットしてください。",
        "Number not verified": "電話番号が認証されていません",
        "Verify the number first: request a code, enter it, then register.": "先に電話番号を認証してください。コードをリクエストして入力してから、登録してください。",
        "Too many PIN attempts": "PINの試行回数が多すぎます",
        "Too many wrong PIN attempts. Wait as Meta says ({details}) before trying again.": "誤ったPINの入力が多すぎます。Metaの指示どおり待ってから（{details}）、もう一度お試しください。",
        "PIN entered too fast": "PINの入力が速すぎます",
        "The PIN was entered too quickly. Wait as Meta says ({details}) before trying again.": "PINの入力間隔が短すぎます。Metaの指示どおり待ってから（{details}）、もう一度お試しください。",
        "Number not registered": "電話番号が登録されていません",
        "This phone number is not registered with the Cloud API. Register it under Numbers (with its two-step verification PIN), then send again.": "この電話番号はCloud APIに登録されていません。「電話番号」画面で（2段階認証のPINを使って）登録してから、再送信してください。",
        "Number deletion pending": "電話番号の削除処理中",
        "The number was deleted recently. Wait 5 minutes, then try again.": "この番号は最近削除されました。5分待ってから、もう一度お試しください。",
        "Too many registrations": "登録の回数が多すぎます",
        "This number was registered or deregistered more than 10 times in 72 hours. Meta blocks it for 72 hours; try again after that.": "この番号は72時間以内に10回を超えて登録または登録解除されました。Metaにより72時間ブロックされるため、その後でもう一度お試しください。",
        "Verification code not sent": "認証コードを送信できませんでした",
        "Meta could not send a verification code, often after too many requests. Wait a while (up to 72 hours) or try the other method (SMS or voice).": "Metaが認証コードを送信できませんでした。リクエストが多すぎた場合によく起こります。しばらく（最長72時間）待つか、別の方法（SMSまたは音声通話）をお試しください。",
        "Template problem": "テンプレートの問題",
        "The message does not match its template ({details}). Check the template and its parameters.": "メッセージがテンプレートと一致しません（{details}）。テンプレートとパラメーターを確認してください。",
        "Phone number registration problem": "電話番号の登録の問題",
        "The phone number's registration failed ({details}). Check it under Numbers.": "電話番号の登録に失敗しました（{details}）。「電話番号」画面で確認してください。",
        "Too many requests": "リクエストが多すぎます",
        "Meta asked the app to slow down. It will retry; wait a minute before trying again.": "Metaからペースを落とすよう求められました。アプリが自動で再試行します。1分ほど待ってから、もう一度お試しください。",
        "Server error": "サーバーエラー",
        "The server answered with an error (HTTP {status}). Try again in a few minutes; check metastatus.com or your proxy if it persists.": "サーバーがエラーを返しました（HTTP {status}）。数分後にもう一度お試しください。解決しない場合は metastatus.com またはプロキシを確認してください。",
        "Not authorised": "認証されていません",
        "The server refused the access token. Create a new system-user token in Business Settings and paste it in Settings.": "サーバーがアクセストークンを拒否しました。ビジネス設定で新しいシステムユーザーのトークンを作成し、「設定」に貼り付けてください。",
        "Access denied": "アクセスが拒否されました",
        "The access token may not do this. Grant the system user access to this account and the WhatsApp permissions in Business Settings.": "このアクセストークンには、この操作の権限がありません。ビジネス設定で、システムユーザーにこのアカウントへのアクセス権とWhatsAppの権限を付与してください。",
        "Not found": "見つかりません",
        "The server does not know this object or path (HTTP 404). Check the id and the API base URL in Settings.": "サーバーにこのオブジェクトまたはパスがありません（HTTP 404）。IDと、「設定」のAPIベースURLを確認してください。",
        "Redirected": "リダイレクトされました",
        "The server redirected the request (HTTP {status}) instead of answering it, as a login page or a wrong address does. Check the API base URL and proxy in Settings.": "サーバーがリクエストに応答せず、リダイレクトしました（HTTP {status}）。ログインページや誤ったアドレスでよく起こります。「設定」のAPIベースURLとプロキシを確認してください。",
        "Request rejected": "リクエストが拒否されました",
        "The request was rejected ({details}). Correct it and try again.": "リクエストが拒否されました（{details}）。修正してから、もう一度お試しください。",
        "Unexpected error": "予期しないエラー",
        "WhatsApp reported an error ({details}). Try again; if it repeats, note the trace id and contact Meta support.": "WhatsAppからエラーが報告されました（{details}）。もう一度お試しください。繰り返し発生する場合は、トレースIDを控えてMetaサポートにお問い合わせください。",
        "Cannot reach WhatsApp": "WhatsAppに接続できません",
        "The app could not reach {host}. Check the internet connection, proxy and API base URL in Settings, then try again.": "{host} に接続できませんでした。インターネット接続と、「設定」のプロキシおよびAPIベースURLを確認してから、もう一度お試しください。",
        "Send outcome unknown": "送信結果が不明です",
        "The connection broke after the message was sent, so it may have reached WhatsApp. Check the conversation for a delivery status before sending it again.": "メッセージの送信後に接続が切れたため、WhatsAppに届いている可能性があります。再送信する前に、会話で配信状況を確認してください。",
        "A server between the app and WhatsApp answered with an error (HTTP {status}), so the message may have reached WhatsApp. Check the conversation for a delivery status before sending it again.": "アプリとWhatsAppの間にあるサーバーがエラーを返しました（HTTP {status}）。メッセージはWhatsAppに届いている可能性があります。再送信する前に、会話で配信状況を確認してください。",
        "Unexpected answer": "予期しない応答",
        "The server's answer was not what the Cloud API sends (HTTP {status}: {details}). Check the API base URL and any proxy in Settings, then try again.": "サーバーの応答がCloud APIの形式ではありません（HTTP {status}: {details}）。「設定」のAPIベースURLとプロキシを確認してから、もう一度お試しください。",
        "Media address refused": "メディアのアドレスを拒否しました",
        "The media address ({details}) is not HTTPS, so the access token was not sent to it. Check the API base URL in Settings.": "メディアのアドレス（{details}）がHTTPSではないため、アクセストークンを送信しませんでした。「設定」のAPIベースURLを確認してください。",
        "No access token": "アクセストークンがありません",
        "No access token is configured. Paste a system-user token in Settings.": "アクセストークンが設定されていません。「設定」にシステムユーザーのトークンを貼り付けてください。",
    },
    "Composer": {
        "Template…": "テンプレート…",
        "Send an approved template": "承認済みテンプレートを送信",
        "Type a message (Enter sends, Shift+Enter adds a line)": "メッセージを入力（Enterで送信、Shift+Enterで改行）",
        "Send": "送信",
        "Choose a conversation to reply.": "返信する会話を選んでください。",
        "Customer service window open: {h} h {m} min left for free-form replies.": "24時間の返信可能時間内です。自由形式で返信できる残り時間: {h}時間{m}分",
        "The 24-hour customer service window is closed: the customer has not written in the last 24 hours. Free-form messages are blocked by WhatsApp; send an approved template to reopen the conversation.": "24時間の返信可能時間が終了しました。お客様から24時間以上メッセージが届いていないため、WhatsAppでは自由形式のメッセージを送れません。承認済みテンプレートを送信して、会話を再開してください。",
    },
    "InboxPage": {
        "Search name, number or message": "名前・電話番号・メッセージを検索",
        "All numbers": "すべての電話番号",
        "No conversations yet. Messages from customers appear here.": "まだ会話はありません。お客様からのメッセージがここに表示されます。",
        "No conversation selected": "会話が選択されていません",
        "{who} · to {number}": "{who} · {number}宛て",
        "[test number]": "[テスト用番号]",
        "Copy text": "テキストをコピー",
        "Send again": "再送信",
    },
    "MainWindow": {
        "Templates": "テンプレート",
        "WABA Desk": "WABA Desk",
        "Starting WABA Desk…": "WABA Deskを起動しています…",
        "Inbox": "受信トレイ",
        "Settings": "設定",
        "WABA Desk cannot start: {reason}": "WABA Deskを起動できません: {reason}",
        "WABA Desk cannot start its local servers: {reason}": "WABA Deskのローカルサーバーを起動できません: {reason}",
    },
    "Outbox": {
        "The customer's 24-hour window is closed: only an approved template can be sent until they write again.": "このお客様との24時間の返信可能時間は終了しています。お客様から再びメッセージが届くまでは、承認済みテンプレートしか送信できません。",
        "The connection dropped while sending, so WhatsApp may have received this message. Check the customer's chat before you retry it.": "送信中に接続が切れたため、このメッセージはWhatsAppに届いている可能性があります。再送信する前に、お客様とのチャットを確認してください。",
        "This conversation no longer exists.": "この会話はもう存在しません。",
    },
    "Runtime": {
        "Webhook receiver not started": "Webhook受信サーバーが起動していません",
    },
    "Secrets": {
        "No system keyring is available, so live credentials cannot be stored safely. Install and unlock a keyring (GNOME Keyring, KWallet, or the Windows/macOS one) and try again; sandbox mode keeps working meanwhile.": "システムのキーリングが利用できないため、本番用の認証情報を安全に保存できません。キーリング（GNOME Keyring、KWallet、またはWindows/macOS標準のもの）をインストールしてロックを解除してから、もう一度お試しください。その間もサンドボックスモードは使えます。",
    },
    "SettingsPage": {
        "Settings": "設定",
        "Follow the system": "システムに合わせる",
        "Light": "ライト",
        "Dark": "ダーク",
        "Appearance": "外観",
        "Language": "言語",
        "Theme": "テーマ",
        "e.g. 102290129340398, 104996122399160": "例: 102290129340398, 104996122399160",
        "optional: lists every WABA of the business": "任意: ビジネスのすべてのWABAを一覧表示します",
        "stored in the system keyring": "システムのキーリングに保存済み",
        "not set": "未設定",
        "Live mode (Meta Cloud API)": "本番モード（Meta Cloud API）",
        "WABA ids": "WABA ID",
        "Business id": "ビジネスID",
        "System-user access token": "システムユーザーのアクセストークン",
        "App secret": "アプリシークレット",
        "Webhook verify token": "Webhook検証トークン",
        "Graph API version": "Graph APIのバージョン",
        "Webhook port": "Webhookポート",
        "Secrets are kept only in the operating system's keyring, never in the database or logs. Expose the webhook port through your reverse proxy or tunnel and enter its https URL with the verify token in Meta's App Dashboard. Without a token, app secret and WABA id the app runs in sandbox mode.": "シークレットはOSのキーリングにのみ保存され、データベースやログには保存されません。Webhookポートをリバースプロキシまたはトンネルで公開し、そのhttps URLと検証トークンをMetaのアプリダッシュボードに入力してください。トークン、アプリシークレット、WABA IDがそろっていない場合は、サンドボックスモードで動作します。",
        "Save": "保存",
        "Restart to apply": "再起動して適用",
        "Running in live mode against Meta's Cloud API.": "MetaのCloud APIに接続し、本番モードで動作しています。",
        "Running in sandbox mode: a local Cloud API simulator with demo accounts and simulated customers. Enter live credentials below to connect to Meta.": "サンドボックスモードで動作しています（デモ用アカウントと模擬顧客を備えた、ローカルのCloud APIシミュレーター）。Metaに接続するには、下に本番用の認証情報を入力してください。",
        "Not saved: {problems}": "保存されませんでした: {problems}",
        "Could not write the settings file: {error}": "設定ファイルを書き込めませんでした: {error}",
        "Saved. Restart WABA Desk to connect in live mode.": "保存しました。本番モードで接続するには、WABA Deskを再起動してください。",
        "Saved. Language and theme apply after a restart.": "保存しました。言語とテーマは再起動後に反映されます。",
    },
    "TemplateFiles": {
        "{path} does not exist. Check the file name.": "{path} が見つかりません。ファイル名を確認してください。",
        "{path} is a folder; give a .json file (or import the folder).": "{path} はフォルダーです。.json ファイルを指定してください（またはフォルダーごとインポートしてください）。",
        "{path} cannot be read ({reason}). Check its permissions.": "{path} を読み込めません（{reason}）。アクセス権を確認してください。",
        "{path} is not UTF-8 text. Save it as UTF-8 JSON and retry.": "{path} はUTF-8のテキストではありません。UTF-8のJSONとして保存し直してから、もう一度お試しください。",
        "{path} is not valid JSON (line {line}, column {column}: {reason}). Fix it in a text editor.": "{path} は有効なJSONではありません（{line}行目、{column}列目: {reason}）。テキストエディターで修正してください。",
        '{path} holds a JSON {kind}, not a template object. A template file starts with {{ and has "name", "language", "category" and "components".': '{path} の中身はJSONの {kind} で、テンプレートのオブジェクトではありません。テンプレートファイルは {{ で始まり、"name"、"language"、"category"、"components" を含みます。',
        "{path}: entry {index} is not a template object. Remove it or fix it.": "{path}: {index}番目の項目がテンプレートのオブジェクトではありません。削除するか修正してください。",
        "{path} is not a folder. Choose a folder of .json files.": "{path} はフォルダーではありません。.json ファイルが入ったフォルダーを選んでください。",
    },
    "TemplateLint": {
        "A template must be a JSON object with name, language, category and components. Export it again from the designer or Meta's API.": "テンプレートは name、language、category、components を持つJSONオブジェクトにしてください。デザイナーまたはMetaのAPIから、もう一度エクスポートしてください。",
        "This WABA already has a template named {name} in {language}. Choose another name, or edit the existing template instead.": "このWABAには、{language} の {name} という名前のテンプレートがすでにあります。別の名前にするか、既存のテンプレートを編集してください。",
        "The template needs a name: lowercase letters, digits and underscores, such as order_update.": "テンプレート名を入力してください。使えるのは英小文字、数字、アンダースコアです（例: order_update）。",
        "The name may only use lowercase letters a-z, digits and underscores. Rename it, for example to {suggestion}.": "名前に使えるのは英小文字 a-z、数字、アンダースコアだけです。{suggestion} などに変更してください。",
        "The name has {length} characters; Meta allows at most {limit}. Shorten it.": "名前が{length}文字あります。Metaの上限は{limit}文字です。短くしてください。",
        "The template needs a language code such as en_US or ja.": "テンプレートには en_US や ja などの言語コードが必要です。",
        "{language} is not a language code Meta is known to accept. Check the spelling (for example en_US, pt_BR, ja); did you mean {hint}?": "{language} はMetaが受け付ける言語コードではないようです。つづりを確認してください（例: en_US、pt_BR、ja）。{hint} の誤りではありませんか？",
        "Choose a category: MARKETING, UTILITY or AUTHENTICATION.": "カテゴリを選んでください: MARKETING（マーケティング）、UTILITY（ユーティリティ）、AUTHENTICATION（認証）。",
        "{category} is not a category. Use MARKETING, UTILITY or AUTHENTICATION (upper case).": "{category} はカテゴリではありません。MARKETING、UTILITY、AUTHENTICATION のいずれかを大文字で指定してください。",
        "parameter_format must be POSITIONAL ({one}, {two}) or NAMED ({first_name}); leave it out for POSITIONAL.": "parameter_format は POSITIONAL（{one}、{two}）または NAMED（{first_name}）にしてください。POSITIONAL の場合は省略できます。",
        "The template needs a components list with at least a BODY.": "テンプレートには、少なくとも BODY を含む components のリストが必要です。",
        "Each component must be an object with a type (HEADER, BODY, FOOTER or BUTTONS).": "各コンポーネントは、type（HEADER、BODY、FOOTER、BUTTONS）を持つオブジェクトにしてください。",
        "Unknown component type {type}. Use HEADER, BODY, FOOTER or BUTTONS.": "コンポーネントの種類 {type} は不明です。HEADER、BODY、FOOTER、BUTTONS のいずれかを使ってください。",
        "A template may have only one {type} component; merge this one into components[{first}].": "{type} コンポーネントは1つのテンプレートに1つだけです。これを components[{first}] にまとめてください。",
        "Every template needs a BODY component. Add one.": "テンプレートには BODY コンポーネントが必要です。追加してください。",
        "Put the components in the order HEADER, BODY, FOOTER, BUTTONS, as WhatsApp shows them.": "コンポーネントは、WhatsAppでの表示順どおり HEADER、BODY、FOOTER、BUTTONS の順に並べてください。",
        "The text must be a string.": "text は文字列にしてください。",
        "{placeholder} is not a valid variable. Write {one}, {two}, … or, for NAMED templates, lowercase names like {first_name}, with no spaces or symbols inside the braces.": "{placeholder} は有効な変数ではありません。{one}、{two}、… のように書くか、NAMED のテンプレートでは {first_name} のような小文字の名前を使ってください。波かっこの中にスペースや記号は入れられません。",
        "Unmatched {open} or {close}. Variables need exactly two braces on each side, such as {one}.": "対応していない {open} または {close} があります。変数は {one} のように、両側にちょうど2つずつ波かっこが必要です。",
        '{placeholder} is a named variable but the template is POSITIONAL. Set parameter_format to "NAMED", or use {one}, {two}, ….': '{placeholder} は名前付き変数ですが、テンプレートは POSITIONAL です。parameter_format を "NAMED" にするか、{one}、{two}、… を使ってください。',
        '{placeholder} is a numbered variable but the template is NAMED. Use a name like {first_name}, or set parameter_format to "POSITIONAL".': '{placeholder} は番号付き変数ですが、テンプレートは NAMED です。{first_name} のような名前を使うか、parameter_format を "POSITIONAL" にしてください。',
        "Variables must be numbered 1, 2, 3 … without gaps; {missing} is missing. Renumber them.": "変数には 1、2、3 … と欠番なしで番号を付けてください。{missing} がありません。番号を振り直してください。",
        "Variables must appear in order: {one} first, then {two}, and so on. Renumber them in reading order.": "変数は {one}、{two} … の順に出てくる必要があります。文中の順に番号を振り直してください。",
        "The {part} may not start or end with a variable. Add words before the first or after the last one (a full stop is enough at the end).": "{part} を変数で始めたり終えたりすることはできません。最初の変数の前か最後の変数の後に言葉を加えてください（末尾は句点だけでも構いません）。",
        "{first}{second}: two variables may not touch. Put words or punctuation between them.": "{first}{second}: 変数同士を続けて置くことはできません。間に言葉か句読点を入れてください。",
        "{first} and {second} are separated only by spaces; Meta often rejects this. Put a word or punctuation between them.": "{first} と {second} の間がスペースだけです。Metaに却下されることがよくあります。間に言葉か句読点を入れてください。",
        'Each sample must look like {"param_name": "first_name", "example": "Pablo"}.': '各サンプルは {"param_name": "first_name", "example": "Pablo"} の形式にしてください。',
        "Give a sample value for {variable} in {field}; Meta reviews the template with it.": "{field} に {variable} のサンプル値を入力してください。Metaはこの値を使ってテンプレートを審査します。",
        "The sample for {name} belongs to no variable in the text. Remove it or add {variable} to the text.": "{name} のサンプルに対応する変数がテキストにありません。サンプルを削除するか、テキストに {variable} を追加してください。",
        'body_text is a list inside a list: write [["Pablo", "860198"]], not ["Pablo", "860198"].': 'body_text はリストの中のリストです。["Pablo", "860198"] ではなく [["Pablo", "860198"]] と書いてください。',
        "The {part} has {variables} variable(s) but {samples} sample value(s). Give exactly one sample per variable, in order.": "{part} には変数が{variables}個ありますが、サンプル値は{samples}個です。変数ごとに1つずつ、順番どおりにサンプルを指定してください。",
        "Sample value {index} is empty. Write a realistic value, such as a name or an order number.": "{index}番目のサンプル値が空です。名前や注文番号など、実際にありそうな値を入力してください。",
        "The {part} has variables ({variables}) but no samples in example.{field}. Add one realistic sample per variable; Meta rejects templates without them.": "{part} に変数（{variables}）がありますが、example.{field} にサンプルがありません。変数ごとに実際にありそうなサンプルを1つずつ追加してください。サンプルがないテンプレートはMetaに却下されます。",
        "The header needs a format: TEXT, IMAGE, VIDEO, DOCUMENT, GIF, LOCATION or PRODUCT.": "ヘッダーには format が必要です: TEXT、IMAGE、VIDEO、DOCUMENT、GIF、LOCATION、PRODUCT。",
        'A {format} header needs a sample file: upload one and put its handle in example.header_handle, e.g. ["4::aW..."].': '{format} ヘッダーにはサンプルファイルが必要です。ファイルをアップロードし、そのハンドルを example.header_handle に入れてください（例: ["4::aW..."]）。',
        "GIF headers can only be sent through the Marketing Messages API (MP4 up to 3.5 MB). Use VIDEO or IMAGE for Cloud API sends.": "GIF ヘッダーは Marketing Messages API でのみ送信できます（MP4、3.5 MBまで）。Cloud APIで送信する場合は VIDEO か IMAGE を使ってください。",
        "Location headers are only allowed in UTILITY and MARKETING templates. Change the header or the category.": "位置情報ヘッダーは UTILITY と MARKETING のテンプレートでのみ使えます。ヘッダーかカテゴリを変更してください。",
        "A {format} header shows no text; remove the text or use a TEXT header.": "{format} ヘッダーにはテキストが表示されません。テキストを削除するか、TEXT ヘッダーを使ってください。",
        "A TEXT header needs text (up to 60 characters), or remove the header.": "TEXT ヘッダーにはテキスト（60文字まで）が必要です。不要ならヘッダーを削除してください。",
        "The header has {length} characters; the limit is {limit}. Shorten it.": "ヘッダーが{length}文字あります。上限は{limit}文字です。短くしてください。",
        "The header must be one line. Remove the line break.": "ヘッダーは1行にしてください。改行を削除してください。",
        "Headers may not contain emoji. Move the emoji to the body.": "ヘッダーには絵文字を使えません。絵文字は本文に移してください。",
        "Headers do not support formatting (*bold*, _italic_, ~strike~, code). Remove the markers; WhatsApp already shows the header in bold.": "ヘッダーでは書式（*太字*、_斜体_、~取り消し線~、コード）を使えません。記号を削除してください。ヘッダーはWhatsAppで自動的に太字で表示されます。",
        "Headers should not contain * ~ or ` characters; Meta may reject them as formatting.": "ヘッダーには * ~ ` の文字を入れないでください。書式とみなされ、Metaに却下されることがあります。",
        "A header may contain at most one variable; it has {count}. Move the others to the body.": "ヘッダーに入れられる変数は1つまでですが、{count}個あります。残りは本文に移してください。",
        "The body needs text (up to 1,024 characters).": "本文にはテキスト（1,024文字まで）が必要です。",
        "The body has {length} characters (formatting markers count too); the limit is {limit}. Shorten it by {excess}.": "本文が{length}文字あります（書式記号も数えます）。上限は{limit}文字です。{excess}文字短くしてください。",
        "The body has {count} variables; keep it to {limit} or fewer.": "本文に変数が{count}個あります。{limit}個以下にしてください。",
        "Too many variables for so little text ({words} words, {count} variables); Meta rejects such templates. Add at least {needed} words of fixed text.": "テキストの量に対して変数が多すぎます（{words}語、変数{count}個）。このようなテンプレートはMetaに却下されます。固定のテキストを少なくとも{needed}語追加してください。",
        "A formatting marker touches a Japanese/Chinese/Korean letter, so WhatsApp will probably show it literally. Put a space or 「」 around the formatted words: これは *太字* です.": "書式記号が日本語・中国語・韓国語の文字に接しているため、WhatsAppでは記号がそのまま表示される可能性があります。書式を付ける語の前後にスペースか「」を入れてください（例: これは *太字* です）。",
        "Templates must not ask for full card numbers, account numbers, national IDs or passwords. Reword the request.": "テンプレートで、カード番号の全桁、口座番号、国民ID（マイナンバーなど）、パスワードを尋ねてはいけません。依頼の文面を変えてください。",
        "The footer is empty. Write up to 60 characters or remove the footer.": "フッターが空です。60文字以内で入力するか、フッターを削除してください。",
        "The footer has {length} characters; the limit is {limit}. Shorten it.": "フッターが{length}文字あります。上限は{limit}文字です。短くしてください。",
        "Footers cannot contain variables. Move {open}…{close} to the body or write the text out.": "フッターには変数を使えません。{open}…{close} は本文に移すか、実際の文字で書いてください。",
        "Footers are shown as plain grey text; the formatting markers will appear literally. Remove them.": "フッターは書式なしのグレーの文字で表示されるため、書式記号がそのまま表示されます。記号を削除してください。",
        "A BUTTONS component needs a list of 1 to 10 buttons, or remove it.": "BUTTONS コンポーネントには1～10個のボタンのリストが必要です。不要なら削除してください。",
        "{count} buttons; a template may have at most {limit}. Remove some.": "ボタンが{count}個あります。1つのテンプレートに置けるのは{limit}個までです。減らしてください。",
        "{count} {kind} buttons; at most {limit} allowed. Remove the extra ones.": "{kind} ボタンが{count}個あります。上限は{limit}個です。余分なボタンを削除してください。",
        "Quick-reply buttons must form one group, all before or all after the other buttons (QR, QR, URL is fine; QR, URL, QR is not). Reorder them.": "クイック返信ボタンはひとまとめにして、ほかのボタンのすべて前か、すべて後に置いてください（QR、QR、URL は可、QR、URL、QR は不可）。並べ替えてください。",
        'With more than three buttons WhatsApp shows only the first two and a "See all options" button. Put the most important ones first.': "ボタンが4つ以上あると、WhatsAppでは最初の2つと「すべてのオプションを表示」ボタンだけが表示されます。重要なボタンを先頭に置いてください。",
        "Templates with four or more buttons, or quick replies mixed with other buttons, cannot be viewed on WhatsApp Desktop; customers there see a prompt to use their phone.": "ボタンが4つ以上あるテンプレートや、クイック返信とほかのボタンが混在するテンプレートは、WhatsApp Desktopでは表示できません。WhatsApp Desktopのお客様には、スマートフォンで開くよう案内が表示されます。",
        'Each button must be an object such as {"type": "QUICK_REPLY", "text": "Yes"}.': '各ボタンは {"type": "QUICK_REPLY", "text": "Yes"} のようなオブジェクトにしてください。',
        "Unknown button type {type}. Use QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP or FLOW.": "ボタンの種類 {type} は不明です。QUICK_REPLY、URL、PHONE_NUMBER、COPY_CODE、OTP、FLOW のいずれかを使ってください。",
        'A COPY_CODE button needs a sample code in example, such as "SAVE20".': 'COPY_CODE ボタンには、example にサンプルのコード（"SAVE20" など）が必要です。',
        "The sample code has {length} characters; codes are at most {limit}.": "サンプルのコードが{length}文字あります。コードは{limit}文字までです。",
        "A FLOW button needs flow_id, flow_name or flow_json naming the Flow it opens.": "FLOW ボタンには、開くフローを指定する flow_id、flow_name、flow_json のいずれかが必要です。",
        "The button needs a label of up to 25 characters.": "ボタンには25文字までのラベルが必要です。",
        "The button label has {length} characters; the limit is {limit}. Shorten it.": "ボタンのラベルが{length}文字あります。上限は{limit}文字です。短くしてください。",
        "Button labels cannot contain variables. Write the label out.": "ボタンのラベルには変数を使えません。ラベルは実際の文字で書いてください。",
        "Button labels must be one line.": "ボタンのラベルは1行にしてください。",
        "A URL button needs a url starting with https://.": "URL ボタンには https:// で始まる url が必要です。",
        "The URL has {length} characters; the limit is {limit}.": "URLが{length}文字あります。上限は{limit}文字です。",
        "{url} is not a valid web address. Write a full URL such as https://example.com/track/{one}, without spaces.": "{url} は有効なウェブアドレスではありません。https://example.com/track/{one} のような完全なURLを、スペースなしで書いてください。",
        "The URL's variable must be written {one}.": "URLの変数は {one} と書いてください。",
        "A URL may contain only one variable, {one}, at its end.": "URLに入れられる変数は、末尾の {one} 1つだけです。",
        "The URL's variable must be at the very end, as in https://example.com/track/{one}.": "URLの変数は https://example.com/track/{one} のように、いちばん最後に置いてください。",
        'A URL with a variable needs one sample in example, such as ["https://example.com/track/860198"].': '変数を含むURLには、example にサンプルが1つ必要です（例: ["https://example.com/track/860198"]）。',
        "A PHONE_NUMBER button needs phone_number with the country code, such as 15550051310.": "PHONE_NUMBER ボタンには、国番号付きの phone_number（例: 15550051310）が必要です。",
        "The phone number has {length} characters; the limit is {limit}.": "電話番号が{length}文字あります。上限は{limit}文字です。",
        "{number}: write the phone number as digits with the country code, optionally after +, such as +15550051310; no spaces, dashes or brackets.": "{number}: 電話番号は国番号から始まる数字で書いてください（先頭の + は省略可。例: +15550051310）。スペース、ハイフン、かっこは使えません。",
        "{number} does not look like a full international number. Start with the country code (81 for Japan, 1 for the US).": "{number} は国際形式の完全な電話番号ではないようです。国番号（日本は81、米国は1）から始めてください。",
        "OTP buttons are only for AUTHENTICATION templates. Use COPY_CODE or URL here, or change the category.": "OTP ボタンは AUTHENTICATION テンプレート専用です。ここでは COPY_CODE か URL を使うか、カテゴリを変更してください。",
        "otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP.": "otp_type は COPY_CODE、ONE_TAP、ZERO_TAP のいずれかにしてください。",
        "{otp_type} buttons need supported_apps: 1 to 5 entries with your Android package_name and signature_hash.": "{otp_type} ボタンには supported_apps が必要です。Androidアプリの package_name と signature_hash を1～5件指定してください。",
        "Each app needs package_name (up to 224 characters, e.g. com.example.app) and its 11-character signature_hash.": "各アプリには package_name（224文字まで。例: com.example.app）と11文字の signature_hash が必要です。",
        "ZERO_TAP needs zero_tap_terms_accepted: true (you accept Meta's zero-tap terms).": "ZERO_TAP には zero_tap_terms_accepted: true が必要です（Metaのゼロタップ規約への同意を示します）。",
        "{type} components are only allowed in MARKETING templates.": "{type} コンポーネントは MARKETING テンプレートでのみ使えます。",
        "A carousel needs between 2 and 10 cards.": "カルーセルには2～10枚のカードが必要です。",
        "Authentication templates have no header. Remove it.": "認証テンプレートにはヘッダーを付けられません。削除してください。",
        'The body of an authentication template is fixed by WhatsApp ("{one} is your verification code."). Remove the text; you may set add_security_recommendation.': '認証テンプレートの本文はWhatsAppが決めた固定文です（"{one} is your verification code."）。テキストを削除してください。add_security_recommendation は設定できます。',
        "add_security_recommendation must be true or false.": "add_security_recommendation は true か false にしてください。",
        "The footer of an authentication template is fixed; set code_expiration_minutes instead of text.": "認証テンプレートのフッターは固定です。text の代わりに code_expiration_minutes を設定してください。",
        "code_expiration_minutes must be a whole number from {low} to {high}.": "code_expiration_minutes は{low}～{high}の整数にしてください。",
        "An authentication template needs exactly one button, of type OTP (COPY_CODE, ONE_TAP or ZERO_TAP).": "認証テンプレートには、OTP タイプ（COPY_CODE、ONE_TAP、ZERO_TAP）のボタンがちょうど1つ必要です。",
        "{field} only applies to AUTHENTICATION templates. Remove it.": "{field} は AUTHENTICATION テンプレートでのみ使えます。削除してください。",
        '"{word}" sounds promotional. Meta will likely re-categorise this UTILITY template as MARKETING (billed at marketing rates). Remove the promotion or choose MARKETING.': "「{word}」は宣伝的な表現です。この UTILITY テンプレートはMetaによって MARKETING に再分類され、マーケティングの料金で課金される可能性が高いです。宣伝的な表現を削除するか、MARKETING を選んでください。",
        "Coupon codes are marketing content. Choose MARKETING, or remove the COPY_CODE button.": "クーポンコードはマーケティングの内容です。MARKETING を選ぶか、COPY_CODE ボタンを削除してください。",
    },
    "TemplateSend": {
        "Enter the one-time code to send.": "送信するワンタイムコードを入力してください。",
        "This template uses named variables; give the values by name.": "このテンプレートは名前付き変数を使います。値は名前で指定してください。",
        "The template is {status}; only APPROVED templates can be sent. Wait for review or pick another template.": "テンプレートの状態は {status} です。送信できるのは APPROVED（承認済み）のテンプレートだけです。審査を待つか、別のテンプレートを選んでください。",
        "components must be a list.": "components はリストにしてください。",
        "Enter a value; it may not be empty.": "値を入力してください。空欄にはできません。",
        "Values may not contain line breaks, tabs or more than four spaces in a row (Meta rejects the send). Put them on one line.": "値には改行、タブ、4つを超えて連続するスペースを使えません（Metaが送信を拒否します）。1行で入力してください。",
        "The value has {length} characters; at most {limit}.": "値が{length}文字あります。{limit}文字以内にしてください。",
        "This template has no header; remove the header values.": "このテンプレートにはヘッダーがありません。ヘッダーの値を削除してください。",
        "This template's header takes no values; remove them.": "このテンプレートのヘッダーには値を指定できません。削除してください。",
        "Enter the header's value.": "ヘッダーの値を入力してください。",
        "Choose the location to show in the header.": "ヘッダーに表示する位置情報を選んでください。",
        "Choose the header's {kind}: an uploaded media id or an https link.": "ヘッダーの {kind} を指定してください（アップロード済みのメディアIDまたはhttpsリンク）。",
        "Enter the location's {key} as a number.": "位置情報の {key} を数値で入力してください。",
        "Give the {kind} as an uploaded media id or an https link.": "{kind} は、アップロード済みのメディアIDまたはhttpsリンクで指定してください。",
        "Media links must start with https:// and be reachable by Meta.": "メディアのリンクは https:// で始まり、Metaからアクセスできる必要があります。",
        "Expected a {expected} value here but got {got}. Rebuild the values from the template.": "ここには {expected} の値が必要ですが、{got} が指定されています。テンプレートから値を作り直してください。",
        "This template uses named variables; each value needs parameter_name ({names}).": "このテンプレートは名前付き変数を使います。各値に parameter_name（{names}）が必要です。",
        "This template uses numbered variables; remove parameter_name and give the values in order.": "このテンプレートは番号付き変数を使います。parameter_name を削除し、値を順番に指定してください。",
        "The value contains * _ ~ or ` and may change the message's formatting. Turn on escaping if it should show as typed.": "値に * _ ~ ` が含まれているため、メッセージの書式が変わる可能性があります。入力どおりに表示したい場合は、エスケープをオンにしてください。",
        "The template's body has {expected} variable(s) but {given} value(s) were given. Fill in every variable.": "テンプレートの本文には変数が{expected}個ありますが、値は{given}個指定されています。すべての変数を入力してください。",
        "Enter a value for {name}.": "{name} の値を入力してください。",
        "Each button value needs the button's index (0, 1, …).": "各ボタンの値には、ボタンのインデックス（0、1、…）が必要です。",
        "The template has no button number {number}.": "テンプレートに{number}番目のボタンはありません。",
        "The URL suffix must be percent-encoded (space as %20, : as %3A, | as %7C): {encoded}": "URLの末尾部分はパーセントエンコードしてください（スペースは %20、: は %3A、| は %7C）: {encoded}",
        "Button {number} ({label}) needs a value: the end of its link, or the code to copy.": "ボタン{number}（{label}）に値が必要です。リンクの末尾部分か、コピーするコードを入力してください。",
        "The code must also be given to the OTP button (index 0), the same as in the body.": "OTP ボタン（インデックス0）にも、本文と同じコードを指定してください。",
    },
    "TemplateDesignerPage": {
        "New": "新規",
        "Import JSON…": "JSONをインポート…",
        "Export JSON…": "JSONをエクスポート…",
        "Submit for review": "審査に申請",
        "Dark preview": "ダークモードでプレビュー",
        "WABA": "WABA",
        "Something went wrong: {error}": "問題が発生しました: {error}",
        "No WhatsApp Business Account yet. Connect one in Settings (or start in sandbox mode) to submit templates; you can still design and export them.": "WhatsAppビジネスアカウントがまだありません。テンプレートを申請するには、「設定」でアカウントを接続してください（またはサンドボックスモードで起動してください）。テンプレートの作成とエクスポートはこのままでもできます。",
        "That template is gone; the list is reloading.": "このテンプレートは削除されています。一覧を再読み込みしています。",
        "Editing {name} ({language}), status {status}.": "{name}（{language}）を編集中です。状態: {status}",
        "New template: fill in the form; the preview and checks update as you type.": "新しいテンプレート: フォームに入力してください。入力に合わせてプレビューとチェック結果が更新されます。",
        "{errors} error(s), {warnings} warning(s)": "エラー{errors}件、警告{warnings}件",
        "Ready to submit: no problems found.": "申請できます。問題は見つかりませんでした。",
        "Imported {path}.": "{path} をインポートしました。",
        "Could not write {path}: {reason}. Choose another folder.": "{path} に書き込めませんでした: {reason}。別のフォルダーを選んでください。",
        "Exported to {path}.": "{path} にエクスポートしました。",
        "Import template": "テンプレートをインポート",
        "Template JSON (*.json)": "テンプレートJSON (*.json)",
        "Export template": "テンプレートをエクスポート",
        "Choose a WhatsApp Business Account first (connect one in Settings).": "先にWhatsAppビジネスアカウントを選んでください（アカウントは「設定」で接続できます）。",
        "Fix the {count} error(s) listed under the preview before submitting.": "申請する前に、プレビューの下に表示されている{count}件のエラーを修正してください。",
        "Submitted {name} for review (status {status}).": "{name} を審査に申請しました（状態: {status}）。",
        "Meta did not accept the template: {error}. Check it and try again.": "Metaがテンプレートを受け付けませんでした: {error}。内容を確認して、もう一度お試しください。",
    },
    "TemplateEditor": {
        "order_update": "order_update",
        "Numbered {{1}}": "番号付き {{1}}",
        "Named {{first_name}}": "名前付き {{first_name}}",
        "No header": "ヘッダーなし",
        "Header text (up to 60 characters)": "ヘッダーのテキスト（60文字まで）",
        "Sample media handle (4::…)": "サンプルメディアのハンドル（4::…）",
        "Hello {{1}}, your order {{2}} has shipped. *Bold*, _italic_, ~strike~.": "{{1}} 様、ご注文 {{2}} を発送しました。 *太字* _斜体_ ~取り消し線~",
        "Footer (optional, up to 60 characters)": "フッター（任意、60文字まで）",
        "Add the security recommendation": "セキュリティに関する注意書きを追加",
        "No expiry note": "有効期限の表示なし",
        " min": " 分",
        "Variable": "変数",
        "Sample": "サンプル",
        "Type": "種類",
        "Label": "ラベル",
        "URL / phone / code": "URL/電話番号/コード",
        "Add button": "ボタンを追加",
        "Remove button": "ボタンを削除",
        "Name": "名前",
        "Language": "言語",
        "Category": "カテゴリ",
        "Variables": "変数",
        "Header": "ヘッダー",
        "Body": "本文",
        "Footer": "フッター",
        "Code": "コード",
        "Expires after": "有効期限",
        "Sample values (Meta reviews the template with them)": "サンプル値（Metaはこの値でテンプレートを審査します）",
        "Buttons": "ボタン",
        "Header {var}": "ヘッダー {var}",
        "Body {var}": "本文 {var}",
    },
    "TemplateSendDialog": {
        "Send a template": "テンプレートを送信",
        "No approved template for this number's account yet. Create one in Templates.": "この電話番号のアカウントには、承認済みテンプレートがまだありません。「テンプレート」画面で作成してください。",
        "Send template": "テンプレートを送信",
        "Approved templates": "承認済みテンプレート",
        "This template cannot be read: {error}": "このテンプレートを読み込めません: {error}",
        "One-time code": "ワンタイムコード",
        "Header value": "ヘッダーの値",
        "Header {kind} link (https)": "ヘッダーの {kind} のリンク（https）",
        "“{label}” link ending": "「{label}」のリンク末尾",
        "Offer code": "クーポンコード",
    },
    "Pricing": {
        "≈ {amount} {currency} (estimate at {rate} {currency} per {billed_currency})": "≈ {amount} {currency}（1 {billed_currency} = {rate} {currency} で換算した概算）",
        "Message {wamid}: the customer's country is unknown; it is left out.": "メッセージ {wamid}: お客様の国が不明なため、集計から除外しました。",
        "Template message {wamid}: its category is unknown; sync templates and replay again.": "テンプレートメッセージ {wamid}: カテゴリが不明です。テンプレートを同期してから、もう一度再計算してください。",
        "Meta marked it {meta}, our rules say {ours} ({rule}).": "Metaの判定は {meta}、このアプリのルールでは {ours} です（{rule}）。",
        "Meta charged it as {meta}, our rules as {ours}.": "Metaは {meta} として課金しましたが、このアプリのルールでは {ours} です。",
        "WABA {waba} is billed in {currency} and no {currency} rate card is loaded: import Meta's {currency} card (Pricing > Rate cards) and replay again.": "WABA {waba} は {currency} で請求されますが、{currency} の料金表が読み込まれていません。Metaの {currency} 料金表をインポートしてから（料金 > 料金表）、もう一度再計算してください。",
        "The customer wrote: a 24-hour customer service window is open.": "お客様からメッセージが届きました。24時間の返信可能時間が始まります。",
        "Messages from customers are never charged.": "お客様からのメッセージは課金されません。",
        "Not delivered, so not charged.": "配信されなかったため、課金されません。",
        "Rejected: a free-form message needs an open customer service window; send an approved template instead.": "送信不可: 自由形式のメッセージは24時間の返信可能時間内にしか送れません。代わりに承認済みテンプレートを送信してください。",
        "Reply within 24 hours to a click-to-WhatsApp ad or Page button: a free 72-hour entry point window opens.": "WhatsAppへの誘導広告またはFacebookページのボタンから届いたメッセージに24時間以内に返信: 72時間の無料エントリーポイント期間が始まります。",
        "Inside the free entry point window: every message is free.": "無料エントリーポイント期間内: すべてのメッセージが無料です。",
        "Inside an open {category} conversation: no new charge.": "開始済みの {category} 会話内: 新たな課金はありません。",
        "Opens a 24-hour {category} conversation, charged at the {market} rate.": "24時間の {category} 会話を開始します。{market} の料金で課金されます。",
        "Opens a {category} conversation, free: within the monthly free tier ({used} of {limit}).": "{category} 会話を開始します（無料）: 月間の無料枠内です（{limit}件中{used}件）。",
        "Opens a service conversation, free: service conversations are free since November 2024.": "サービス会話を開始します（無料）: 2024年11月以降、サービス会話は無料です。",
        "Delivered {category} template: charged per message at the {market} rate.": "{category} テンプレートを配信: {market} の料金でメッセージごとに課金されます。",
        "Delivered {category} template #{ordinal} this month: volume-tier rate for {market}.": "今月{ordinal}通目の {category} テンプレートを配信: {market} のボリューム階層料金が適用されます。",
        "Non-template message inside the customer service window: free.": "24時間の返信可能時間内のテンプレート以外のメッセージ: 無料です。",
        "Utility template inside the customer service window: free (July 2025 to September 2026).": "24時間の返信可能時間内のユーティリティテンプレート: 無料です（2025年7月～2026年9月）。",
        "Inside a utility conversation opened before per-message pricing: free.": "メッセージ単位の料金体系になる前に開始したユーティリティ会話内: 無料です。",
        "Service reply: charged per message from October 2026 at the {market} rate.": "サービスの返信: 2026年10月以降は、{market} の料金でメッセージごとに課金されます。",
        "Service reply: free within the monthly allowance ({used} of {limit}, unverified).": "サービスの返信: 月間の無料枠内のため無料です（{limit}件中{used}件、未確認）。",
    },
    "WebhookReceiver": {
        "Port {port} on {host} is already in use. Choose another webhook port, or stop the program that is using it.": "{host} のポート {port} はすでに使用されています。別のWebhookポートを選ぶか、そのポートを使用しているプログラムを終了してください。",
        "Cannot listen for webhooks on {host}:{port} ({reason}). Check the host and port in the settings.": "{host}:{port} でWebhookを待ち受けできません（{reason}）。「設定」でホストとポートを確認してください。",
    },
}

_BRACES = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
_KEYS = re.compile(r"\b(?:(?:Shift|Ctrl|Alt|Cmd)\+)+\w+")  # keyboard hints such as Shift+Enter


def brace_tokens(text: str) -> list[str]:
    """Every ``{placeholder}``, literal ``{{``/``}}`` and braced example, sorted."""
    return sorted(_BRACES.findall(text))


def _edge_spaces(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def problems(source: str, translation: str) -> list[str]:
    """What the translation must keep from the source but does not."""
    found = []
    if brace_tokens(source) != brace_tokens(translation):
        found.append(f"placeholders {brace_tokens(source)} != {brace_tokens(translation)}")
    if _edge_spaces(source) != _edge_spaces(translation):
        found.append("leading/trailing whitespace differs")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    for mark in ("●", "✉", "⚙", "🛒", *_KEYS.findall(source)):
        if (mark in source) != (mark in translation):
            found.append(f"{mark!r} not kept")
    return found


def fill(ts_path: Path = JA_TS) -> tuple[int, list[tuple[str, str]], list[str], list[str]]:
    """Write the table into ``ts_path``; return (translated, missing, problems, stale rows)."""
    tree = ET.parse(ts_path)
    translated = 0
    missing: list[tuple[str, str]] = []
    issues: list[str] = []
    seen: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = JA.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            seen.add((name, source))
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            text = table.get(source)
            if text is None:
                if node.get("type") == "unfinished" or not (node.text or "").strip():
                    missing.append((name, source))
                else:
                    translated += 1
                continue
            issues += [f"{name}: {source!r}: {p}" for p in problems(source, text)]
            node.text = text
            node.attrib.pop("type", None)
            translated += 1
    stale = [
        f"{name}: {source!r}: not in the code any more"
        for name, table in JA.items()
        for source in table
        if (name, source) not in seen
    ]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return translated, missing, issues, stale


def main() -> int:
    update(compile_qm=False)  # collect new strings first
    translated, missing, issues, stale = fill()
    update()  # lupdate rewrites the file in its own layout; lrelease compiles the .qm
    print(f"{translated} translated, {len(missing)} missing")
    for name, source in missing:
        print(f"missing  {name}: {source!r}")
    for issue in issues:
        print(f"check    {issue}")
    for row in stale:
        print(f"stale    {row}")
    return 1 if missing or issues else 0


if __name__ == "__main__":
    raise SystemExit(main())
