"""What simulated customers say, in English and Japanese."""

from __future__ import annotations

OPENERS = {
    "en": [
        "Hi! Are you open this Sunday?",
        "Does the blend come in a larger bag?",
        "Can I change my reservation to 7pm?",
        "Where is my order? It was due yesterday.",
        "Thanks for the quick delivery 🙏",
        "Do you ship to Canada?",
        "Is the *seasonal* cake still available?",
        "I'd like to book a table for 4 people.",
    ],
    "ja": [
        "こんにちは！今週の日曜日は営業していますか？",
        "予約を19時に変更できますか？",
        "注文した商品はいつ届きますか？",
        "先日はありがとうございました。とても美味しかったです😊",
        "ギフト用のラッピングはお願いできますか？",
        "4名で予約したいのですが、空いていますか？",
        "営業時間を教えてください。",
        "駐車場はありますか？",
    ],
}

ANSWERS = {
    "en": [
        "Great, thank you!",
        "Perfect 👍",
        "OK, see you then.",
        "Could you send me the details again?",
        "Thanks, that helps a lot.",
    ],
    "ja": [
        "ありがとうございます！",
        "承知しました。よろしくお願いします。",
        "了解です👍",
        "もう一度詳細を送っていただけますか？",
        "助かりました、ありがとうございます。",
    ],
}

CAPTIONS = {"en": "Here is a photo", "ja": "写真を送ります"}
