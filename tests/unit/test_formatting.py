"""Golden tests for WhatsApp markup → Qt rich text (rules R1-R13 of formatting.md)."""

from __future__ import annotations

import re

import pytest

from desktop.services.formatting import (
    DARK_MARKUP_COLORS,
    QUOTE_BLOCK_STATE,
    markers_touching_cjk,
    neutralize_markup,
    whatsapp_to_html,
)

MONO = '<span style="font-family:monospace;">'
CODE = '<span style="font-family:monospace; background-color:#e9edef;">'


def lines(text: str) -> list[str]:
    """The inner HTML of each block, without the block's own <p> wrapper."""
    html = whatsapp_to_html(text)
    blocks = re.findall(r"<p style=\"([^\"]*)\">(.*?)</p>", html)
    assert "".join(f'<p style="{s}">{b}</p>' for s, b in blocks) == html
    return [b for _, b in blocks]


def one(text: str) -> str:
    result = lines(text)
    assert len(result) == 1
    return result[0]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("*bold*", "<b>bold</b>"),
        ("_italic_", "<i>italic</i>"),
        ("~strike~", "<s>strike</s>"),
        ("a *b* c", "a <b>b</b> c"),
        ("*two words*", "<b>two words</b>"),
        # R1: word boundaries
        ("super*bold*ly", "super*bold*ly"),
        ("snake_case_name", "snake_case_name"),
        ("x~y~z", "x~y~z"),
        ("(*x*)", "(<b>x</b>)"),
        ("*Name*:", "<b>Name</b>:"),
        ("*end*.", "<b>end</b>."),
        ("¡*hola*!", "¡<b>hola</b>!"),
        ("2*3*4", "2*3*4"),
        # R2: no padding
        ("x * bold *", "x * bold *"),
        ("x *bold *", "x *bold *"),
        ("x * bold*", "x * bold*"),
        ("_ x_", "_ x_"),
        # R3: non-empty, single markers
        ("**", "**"),
        ("x ** y", "x ** y"),
        ("****", "****"),
        ("**Text**", "*<b>Text</b>*"),
        ("__a__", "_<i>a</i>_"),
        # R5: nesting and crossing
        ("*_bold italic_*", "<b><i>bold italic</i></b>"),
        ("~*bold struck*~", "<s><b>bold struck</b></s>"),
        ("_*b* and ~s~_", "<i><b>b</b> and <s>s</s></i>"),
        ("*a _b* c_", "<b>a _b</b> c_"),
        ("_a *b_ c*", "<i>a *b</i> c*"),
        ("*a *b* c*", "<b>a *b</b> c*"),
        ("*a* *b*", "<b>a</b> <b>b</b>"),
        ("*unclosed", "*unclosed"),
        ("closed*", "closed*"),
        # R8: a zero-width space next to a marker breaks it
        ("*\u200bx*", "*\u200bx*"),
        ("*x\u200b*", "*x\u200b*"),
        # R12: CJK letters are letters; full-width markers never format
        ("これは*太字*です", "これは*太字*です"),
        ("これは *太字* です", "これは <b>太字</b> です"),
        ("これは「*太字*」です", "これは「<b>太字</b>」です"),
        ("＊全角＊ ＿x＿", "＊全角＊ ＿x＿"),
        ("*日本語*", "<b>日本語</b>"),
    ],
)
def test_inline_styles(source: str, expected: str) -> None:
    assert one(source) == expected


def test_styles_do_not_cross_lines() -> None:
    assert lines("*a\nb*") == ["*a", "b*"]
    assert lines("_x\ny_ z") == ["_x", "y_ z"]
    assert lines("`a\nb`") == ["`a", "b`"]


def test_inline_code_is_opaque() -> None:
    assert one("`code *x* _y_`") == f"{CODE}code *x* _y_</span>"
    assert one("run `ls -la` now") == f"run {CODE}ls -la</span> now"
    assert one("` padded `") == "` padded `"
    assert one("in`side`") == "in`side`"
    # markers may wrap a code span
    assert one("*see `x` now*") == f"<b>see {CODE}x</span> now</b>"


def test_inline_code_does_not_link() -> None:
    assert one("`https://a.example`") == f"{CODE}https://a.example</span>"


def test_monospace_block_single_line() -> None:
    assert one("```a *b* _c_```") == f"{MONO}a *b* _c_</span>"
    assert one("say ```x``` now") == f"say {MONO}x</span> now"
    assert one("a```x```b") == "a```x```b"


def test_monospace_block_spans_lines_and_keeps_them() -> None:
    result = lines("x ```multi\nline *x*\n  - not a list\n``` y")
    assert result == [
        f"x {MONO}multi</span>",
        f"{MONO}line *x*</span>",
        f"{MONO}  - not a list</span>",
        " y",
    ]


def test_monospace_ends_at_first_closing_fence() -> None:
    assert one("```a``` b```") == f"{MONO}a</span> b```"


def test_monospace_needs_content_and_a_closing_fence() -> None:
    assert one("``````") == "``````"
    assert one("```   ```") == "```   ```"
    assert one("```open only") == "```open only"


def test_monospace_keeps_spaces_for_columns() -> None:
    html = whatsapp_to_html("```a   b\nccc d```")
    assert "white-space:pre-wrap" in html
    assert "a   b" in html


@pytest.mark.parametrize(
    ("source", "prefix", "body"),
    [
        ("- item", "\u2022 ", "item"),
        ("* item", "\u2022 ", "item"),
        ("* *bold* item", "\u2022 ", "<b>bold</b> item"),
        ("1. first", "1. ", "first"),
        ("12. twelfth _it_", "12. ", "twelfth <i>it</i>"),
    ],
)
def test_list_items(source: str, prefix: str, body: str) -> None:
    html = whatsapp_to_html(source)
    assert "margin-left:14px" in html
    assert one(source) == prefix + body


@pytest.mark.parametrize("source", ["-item", "*item*", "1.first", " - indented", "1) x", "- "])
def test_not_list_items(source: str) -> None:
    html = whatsapp_to_html(source)
    assert "margin-left:0px" in html
    assert "\u2022" not in html


def test_asterisk_space_at_line_start_is_a_bullet_not_bold() -> None:
    assert one("* bold *") == "\u2022 bold *"


def test_quote_lines() -> None:
    html = whatsapp_to_html("> quoted *b*\nplain\n> > nested")
    blocks = re.findall(r'<p style="([^"]*)">(.*?)</p>', html)
    assert [b for _, b in blocks] == ["quoted <b>b</b>", "plain", "&gt; nested"]
    assert f"-qt-user-state:{QUOTE_BLOCK_STATE}" in blocks[0][0]
    assert "-qt-user-state" not in blocks[1][0]
    assert f"-qt-user-state:{QUOTE_BLOCK_STATE}" in blocks[2][0]
    assert one(">no space") == "&gt;no space"


def test_escapes_html() -> None:
    assert one("<b>&amp;</b> \"q\" 'a'") == "&lt;b&gt;&amp;amp;&lt;/b&gt; \"q\" 'a'"
    assert one("*<i>*") == "<b>&lt;i&gt;</b>"
    assert one("```<script>```") == f"{MONO}&lt;script&gt;</span>"


def test_newlines_are_kept_as_blocks() -> None:
    assert lines("a\n\nb\n") == ["a", "<br />", "b", "<br />"]
    assert lines("a\r\nb\rc") == ["a", "b", "c"]
    assert "-qt-paragraph-type:empty" in whatsapp_to_html("")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "see https://example.com/a_b_c. ok",
            'see <a href="https://example.com/a_b_c" style="color:#027eb5;">'
            "https://example.com/a_b_c</a>. ok",
        ),
        (
            "(www.example.com)",
            '(<a href="https://www.example.com" style="color:#027eb5;">www.example.com</a>)',
        ),
        (
            "mail a.b@example.co.jp",
            'mail <a href="mailto:a.b@example.co.jp" style="color:#027eb5;">a.b@example.co.jp</a>',
        ),
        (
            "call +81 90-1234-5678!",
            'call <a href="tel:+819012345678" style="color:#027eb5;">+81 90-1234-5678</a>!',
        ),
        (
            "*https://x.example*",
            '<b><a href="https://x.example" style="color:#027eb5;">https://x.example</a></b>',
        ),
        (
            'https://x.example/?a=1&b="2"',
            '<a href="https://x.example/?a=1&amp;b=" style="color:#027eb5;">'
            'https://x.example/?a=1&amp;b=</a>"2"',
        ),
    ],
)
def test_autolinks(source: str, expected: str) -> None:
    assert one(source) == expected


def test_short_numbers_are_not_phone_links() -> None:
    assert "<a" not in whatsapp_to_html("+1 23")
    assert "<a" not in whatsapp_to_html("order 12345678")


def test_dark_colours() -> None:
    html = whatsapp_to_html("`c` https://x.example", DARK_MARKUP_COLORS)
    assert DARK_MARKUP_COLORS.code_background in html
    assert DARK_MARKUP_COLORS.link in html


def test_long_unmatched_markers_stay_fast_and_literal() -> None:
    text = "*a " * 1500
    assert one(text) == text.replace("*a ", "*a ")


def test_markers_touching_cjk() -> None:
    assert markers_touching_cjk("これは*太字*です") == [3, 6]
    assert markers_touching_cjk("これは *太字* です") == []
    assert markers_touching_cjk("*bold* text") == []


def test_neutralize_markup_stops_formatting() -> None:
    value = "*50%* off _now_ ~x~ `c` > q"
    safe = neutralize_markup(value)
    assert safe.replace("\u200b", "") == value
    html = whatsapp_to_html(safe)
    assert "<b>" not in html and "<i>" not in html and "<s>" not in html
    assert "monospace" not in html
    assert "-qt-user-state" not in whatsapp_to_html(neutralize_markup("> quote"))


@pytest.mark.parametrize(
    ("source", "href", "text"),
    [
        ("chat on wa.me/15551234567 now", "https://wa.me/15551234567", "wa.me/15551234567"),
        ("visit shop.example.co.jp.", "https://shop.example.co.jp", "shop.example.co.jp"),
        ("google.com/maps?q=1, ok", "https://google.com/maps?q=1", "google.com/maps?q=1"),
    ],
)
def test_bare_domains_link(source: str, href: str, text: str) -> None:
    assert f'<a href="{href}" style="color:#027eb5;">{text}</a>' in one(source)


@pytest.mark.parametrize("source", ["file.txt", "v1.2.3", "a.b", "name@example.com.", "e.g. this"])
def test_not_domains(source: str) -> None:
    html = one(source)
    assert 'href="https://' not in html
