import pytest

from hadath.errors import InputError
from hadath.evaluation import prf, read_gold


def test_prf():
    assert prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6, "tp": 3, "predicted": 4, "gold": 6}
    assert prf(0, 0, 0)["f1"] == 0.0


def test_read_gold_names_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('# comment\n{"text": "أ"}\n\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(path)
    assert err.value.problem.line == 4 and err.value.problem.path == str(path)
    path.write_text('{"text": "أ"}\n[1]\n', encoding="utf-8")
    with pytest.raises(InputError, match="JSON object"):
        read_gold(path)
    path.write_text('{"text": "أ"}\n{"x": 1}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(path, lambda item: None if "text" in item else "needs 'text'")
    assert err.value.problem.line == 2
    path.write_text('{"text": "أ"}\n', encoding="utf-8")
    assert read_gold(path) == [{"text": "أ", "_line": 1}]
