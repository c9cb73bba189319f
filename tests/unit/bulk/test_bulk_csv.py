"""A recipients CSV: odd but usable files are read; unusable ones are refused with a reason."""

from __future__ import annotations

import pytest

from desktop.services.bulk.csv_import import MAX_BYTES, MAX_ROWS, CsvRefused, read_csv


def refusal(data: bytes) -> str:
    with pytest.raises(CsvRefused) as info:
        read_csv(data)
    return info.value.phrase.render()


def test_a_plain_file_names_its_number_and_name_columns() -> None:
    table = read_csv(b"phone,name,order\n+81 90-1234-5601,Hanako,860198\n")
    assert table.columns == ["phone", "name", "order"]
    assert table.number_column == "phone" and table.name_column == "name"
    assert table.rows[0].line == 2
    assert table.rows[0].cells == {"phone": "+81 90-1234-5601", "name": "Hanako", "order": "860198"}


def test_excel_shapes_are_read_bom_semicolons_shift_jis_and_blank_lines() -> None:
    bom = read_csv("\ufeffTelefon;Vorname\r\n+49 30 1234567;Jörg\r\n\r\n".encode())
    assert bom.columns == ["Telefon", "Vorname"] and len(bom.rows) == 1
    assert bom.rows[0].cells["Vorname"] == "Jörg"
    sjis = read_csv("電話番号,お名前\n090-1234-5601,佐藤\n".encode("cp932"))
    assert sjis.encoding == "cp932" and sjis.number_column == "電話番号"
    assert sjis.rows[0].cells["お名前"] == "佐藤"


def test_a_line_with_the_wrong_number_of_cells_is_that_rows_problem_only() -> None:
    table = read_csv(b"phone,name\n+16505551234,Ann\n+16505551235\n+16505551236,Bo\n")
    assert [r.problem is None for r in table.rows] == [True, False, True]
    assert "1 cells but the first line names 2 columns" in table.rows[1].problem.render()  # type: ignore[union-attr]


def test_huge_files_are_refused_with_the_limit_in_words() -> None:
    big = b"phone\n" + b"+16505551234\n" * (MAX_BYTES // 13 + 10)
    assert "at most 5 MB" in refusal(big)
    many = b"phone\n" + b"".join(b"+1650555%04d\n" % (i % 10_000) for i in range(MAX_ROWS + 1))
    assert f"at most {MAX_ROWS:,}" in refusal(many)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00rest-of-a-workbook", "Save as"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text"),
        (b"", "empty"),
        (b"\n \n", "empty"),
        (b"+16505551234,Ann\n+16505551235,Bo\n", "must name the columns"),
        (b"phone,phone\n1,2\n", "repeated"),
        (b"phone,,name\n1,2,3\n", "missing"),
        (b"phone,name\n", "no recipients"),
        (b"\xff\xfe\xfa\xfb\x81\x00", "not text"),
        (b"phone\n\x81\x20\x81\x20", "cannot be read"),
    ],
)
def test_odd_files_are_refused_with_a_clear_message(data: bytes, words: str) -> None:
    assert words in refusal(data)


def test_too_many_columns_is_refused() -> None:
    header = ",".join(f"c{i}" for i in range(60)).encode()
    assert "60 columns" in refusal(header + b"\n" + b",".join([b"x"] * 60) + b"\n")
