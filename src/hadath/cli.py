"""The `hadath` command line: a thin layer over the library.

Exit codes: 0 all went well; 1 some inputs failed while the rest were processed (each problem is
reported on stderr with file, line and reason); 2 usage error.  JSON output keeps Arabic readable.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date as Date
from pathlib import Path
from typing import Any

import click

from hadath.errors import HadathError, InputProblem

EVENT_FORMATS = ("jsonl", "plover", "gdelt")
EXPORT_FORMATS = ("jsonl", "plover", "gdelt", "parquet")


class Problems:
    """Collects input problems, printing each to stderr as it happens (even with --quiet)."""

    def __init__(self, quiet: bool = False) -> None:
        self.items: list[InputProblem] = []
        self.quiet = quiet

    def __call__(self, problem: InputProblem) -> None:
        self.items.append(problem)
        click.echo(f"hadath: {problem}", err=True)

    @property
    def exit_code(self) -> int:
        return 1 if self.items else 0


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> Date | None:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _progress(items: Iterable[Any], label: str, enabled: bool, unit: str = "article") -> Iterator[Any]:
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=label, unit=unit, file=sys.stderr, dynamic_ncols=True, mininterval=0.5)


def _show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


def _open_out(path: str | None, binary: bool = False):
    if path in (None, "-"):
        return sys.stdout.buffer if binary else sys.stdout
    return open(path, "wb" if binary else "w", encoding=None if binary else "utf-8")


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def _articles(inputs: tuple[str, ...], date: Date | None, source: str | None, problems: Problems):
    from hadath.ingest import iter_articles

    return iter_articles(list(inputs), default_date=date, default_source=source, on_problem=problems,
                         stdin=sys.stdin)


def _on_analysis_error(problems: Problems):
    def report(article, exc: Exception) -> None:
        problems(InputProblem(article.origin or article.id, None, f"analysis failed: {exc}"))
    return report


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hadath")
def main() -> None:
    """Hadath (حدث): Arabic news reports in, PLOVER/CAMEO-coded political events out."""


input_args = click.argument("inputs", nargs=-1, required=True)
date_opt = click.option("--date", callback=_parse_date, help="Publication date (YYYY-MM-DD) for articles without one.")
source_opt = click.option("--source", help="Outlet name for articles without one.")
workers_opt = click.option("--workers", "-j", type=int, default=1, show_default=True,
                           help="Worker processes for analysis (0 = one per core).")
neural_opt = click.option("--neural-ner", is_flag=True,
                          help="Add the neural model's scores to the entity tagger (about a point of entity F1; slower).")
quiet_opt = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary (problems are still reported).")
db_opt = click.option("--db", default="hadath.db", show_default=True, type=click.Path(dir_okay=False),
                      help="SQLite database file.")


def _workers(n: int) -> int:
    from hadath.runner import default_workers

    return default_workers() if n == 0 else n


@main.command()
@input_args
@click.option("-o", "--output", default="-", help="Output file (default: stdout).")
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="jsonl", show_default=True)
@date_opt
@source_opt
@workers_opt
@neural_opt
@quiet_opt
def code(inputs, output, fmt, date, source, workers, neural_ner, quiet):
    """Code the events of INPUT files (or - for JSONL on stdin) without storing them."""
    from hadath.export import export
    from hadath.runner import analyse_stream

    problems = Problems(quiet)
    docs = analyse_stream(_articles(inputs, date, source, problems), workers=_workers(workers),
                          on_error=_on_analysis_error(problems), neural_ner=neural_ner)

    urls: dict[str, str] = {}  # filled as articles stream by; writers look a URL up when they write the row

    def records() -> Iterator[dict]:
        for doc in _progress(docs, "coding", _show_progress(quiet)):
            if doc.article.url:
                urls[doc.article.id] = doc.article.url
            for event in doc.events:
                yield event.to_record()

    export(records(), fmt, output, urls=urls)
    sys.exit(problems.exit_code)


@main.command()
@input_args
@click.option("-o", "--output", default="-", help="Output file (default: stdout).")
@date_opt
@source_opt
@workers_opt
@click.option("--review", is_flag=True,
              help="Add `review`: sentences where the learned backstop sees an event type the lexicon did not code.")
@neural_opt
@quiet_opt
def analyze(inputs, output, date, source, workers, review, neural_ner, quiet):
    """One JSON line per article: sentences, entities, places, dates, quotes and events."""
    from hadath.runner import analyse_stream

    problems = Problems(quiet)
    docs = analyse_stream(_articles(inputs, date, source, problems), workers=_workers(workers),
                          on_error=_on_analysis_error(problems), review=review, neural_ner=neural_ner)
    out = _open_out(output)
    try:
        for doc in _progress(docs, "analysing", _show_progress(quiet)):
            out.write(_dump(doc.to_analysis()) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    sys.exit(problems.exit_code)


def ingest_into(store, inputs, date, source, workers: int, problems: Problems, progress: bool,
                batch_size: int = 200, neural_ner: bool = False) -> dict[str, int]:
    """Analyse and store every new article of ``inputs``; already-stored ids are skipped before analysis."""
    from hadath.runner import analyse_stream

    known = store.article_ids()
    seen = {"read": 0, "skipped": 0}

    def fresh():
        for article in _articles(inputs, date, source, problems):
            seen["read"] += 1
            if article.id in known:
                seen["skipped"] += 1
                continue
            known.add(article.id)
            yield article

    docs = analyse_stream(fresh(), workers=workers, on_error=_on_analysis_error(problems), neural_ner=neural_ner)
    added = store.add_many(_progress(docs, "ingesting", progress), batch_size=batch_size)
    for p in problems.items:
        store.record_problem(p)
    linked = _link(store)
    return {"read": seen["read"], "skipped": seen["skipped"], "added": added, **linked}


def _link_stats(store) -> dict[str, Any]:
    try:
        from hadath.link import link_stats
    except ImportError:
        return {}
    return {"linking": link_stats(store)}


def _link(store) -> dict[str, int]:
    try:
        from hadath.link import link_store
    except ImportError:  # linking stage not installed in this build
        return {}
    return link_store(store)


@main.command()
@input_args
@db_opt
@date_opt
@source_opt
@workers_opt
@click.option("--batch-size", type=int, default=200, show_default=True,
              help="Articles stored per transaction (a killed run loses at most the batch in flight).")
@neural_opt
@quiet_opt
def ingest(inputs, db, date, source, workers, batch_size, neural_ner, quiet):
    """Analyse INPUT files and store articles, sentences, mentions and events in the database.

    Re-running is safe: articles already stored are skipped, and a killed run loses nothing.
    """
    from hadath.store import Store

    problems = Problems(quiet)
    with Store(db) as store:
        summary = ingest_into(store, inputs, date, source, _workers(workers), problems, _show_progress(quiet),
                              batch_size=batch_size, neural_ner=neural_ner)
    if not quiet:
        click.echo(_dump({"db": db, **summary, "problems": len(problems.items)}), err=True)
    sys.exit(problems.exit_code)


@main.command()
@db_opt
@click.option("--since", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date.")
@click.option("--actor", help="Actor code or prefix (RUS, RUSGOV, IGOUNO …) as source or target.")
@click.option("--type", "event_type", help="PLOVER type (ASSAULT, CONSULT …).")
@click.option("--place", help="Place name or ISO-3 country of the event location.")
@click.option("--status", help="asserted, claimed, denied, hoped, intended, negated, hypothetical.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice((*EVENT_FORMATS, "table")), default="table", show_default=True)
@click.option("-o", "--output", default="-", help="Output file (default: stdout).")
def events(db, since, until, actor, event_type, place, status, limit, fmt, output):
    """List stored events, filtered."""
    from hadath.export import export
    from hadath.store import Store

    _require_db(db)
    with Store(db) as store:
        rows = store.events(since=since, until=until, actor=actor, event_type=event_type and event_type.upper(),
                            place=place, status=status, limit=limit)
        if fmt == "table":
            out = _open_out(output)
            out.write(format_table(rows))
        else:
            export(rows, fmt, output, urls=store.article_urls())


def _require_db(db: str) -> None:
    if not Path(db).exists():
        raise click.UsageError(f"no database at {db} (run `hadath ingest` or `hadath demo` first)")


def _actor_codes(value: Any) -> str:
    if not value:
        return "-"
    items = value if isinstance(value, list) else [value]
    return "+".join(a.get("actor_code") or a.get("text") or "?" for a in items)


def format_table(records: Iterable[dict]) -> str:
    """A compact human table of event records."""
    lines = [f"{'date':<10}  {'type':<9} {'mode':<12} {'cameo':<5} {'source':<16} {'target':<16} "
             f"{'status':<9} {'place':<14} evidence"]
    for r in records:
        loc = (r.get("location") or {}).get("name") or "-"
        evidence = r["trigger"]["text"] + " … " + r["evidence"]["text"][:60].replace("\n", " ")
        lines.append(
            f"{(r.get('date') or '-'):<10}  {(r.get('event_type') or '(cameo)'):<9} {(r.get('mode') or '-'):<12} "
            f"{r.get('cameo') or '-':<5} {_actor_codes(r.get('source')):<16} {_actor_codes(r.get('target')):<16} "
            f"{r.get('status') or '-':<9} {loc:<14} {evidence}")
    return "\n".join(lines) + "\n"


@main.command("export")
@db_opt
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", required=True, help="Output file (- for stdout, except parquet).")
@click.option("--clusters", is_flag=True,
              help="One record per merged event (all its reports as mentions, with NumMentions/NumSources/"
                   "NumArticles) instead of one per report.")
def export_cmd(db, fmt, output, clusters):
    """Export every stored event as JSONL, PLOVER JSON, GDELT 2.0 TSV or Parquet."""
    from hadath.export import export
    from hadath.store import Store

    _require_db(db)
    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet needs a file: -o events.parquet")
    with Store(db) as store:
        if clusters:
            from hadath.link import cluster_records

            records = cluster_records(store)
        else:
            records = store.iter_records()
        export(records, fmt, output, urls=store.article_urls())


@main.command()
@db_opt
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON.")
def stats(db, as_json):
    """Counts: articles, sentences, mentions, events (by type and status), problems, links."""
    from hadath.store import Store

    _require_db(db)
    with Store(db) as store:
        figures = store.stats()
        figures.update(_link_stats(store))
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(format_stats(figures))


def format_stats(figures: dict, indent: str = "") -> str:
    lines = []
    for key, value in figures.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines.append(format_stats(value, indent + "  "))
        else:
            lines.append(f"{indent}{key}: {value}")
    return "\n".join(lines)


@main.command()
@click.option("--db", default="hadath-demo.db", show_default=True, help="Database to (re)create for the demo.")
@workers_opt
@quiet_opt
def demo(db, workers, quiet):
    """Ingest the bundled sample corpus into a fresh database and show what was found."""
    from importlib import resources

    from hadath.store import Store

    sample = Path(str(resources.files("hadath.sample")))
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    problems = Problems(quiet)
    with Store(db) as store:
        summary = ingest_into(store, (str(sample),), None, None, _workers(workers), problems, _show_progress(quiet))
        figures = store.stats()
        rows = list(store.events(limit=60))
    click.echo(f"Hadath demo: sample corpus {sample}")
    click.echo(f"database: {db}")
    click.echo(format_stats({"ingest": summary, "store": figures}))
    click.echo("")
    click.echo(format_table(rows))
    click.echo(f"Explore: hadath events --db {db} --type ASSAULT | hadath stats --db {db} | "
               f"hadath export --db {db} --format gdelt -o events.tsv")
    sys.exit(problems.exit_code)


@main.command("event")
@click.argument("event_id")
@db_opt
def event_cmd(event_id, db):
    """Show one event: its merged record, every report (mention) of it, and why they were merged."""
    from hadath.link import cluster_of
    from hadath.store import Store

    _require_db(db)
    with Store(db) as store:
        click.echo(json.dumps(cluster_of(store, event_id), ensure_ascii=False, indent=2, default=str))


@main.command("stories")
@db_opt
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many stories.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON.")
def stories_cmd(db, limit, as_json):
    """Story threads: articles grouped by shared events, actors and similar titles."""
    from hadath.link import stories
    from hadath.store import Store

    _require_db(db)
    with Store(db) as store:
        found = stories(store, limit=limit)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2, default=str))
        return
    for story in found:
        click.echo(f"{story['id']}  {story.get('first_date') or '?'}…{story.get('last_date') or '?'}  "
                   f"{story['n_articles']} articles  actors: "
                   f"{', '.join(a['code'] for a in story.get('top_actors') or [])}")
        for title in (story.get("titles") or [])[:5]:
            click.echo(f"    {title}")


@main.command("serve")
@db_opt
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=int, default=8765, show_default=True, help="Port (0 = any free port).")
def serve_cmd(db, host, port):
    """A local web dashboard: filters, events table, map, each article with its evidence highlighted."""
    from hadath.web import serve

    _require_db(db)
    serve(db, host, port, ready=lambda url: click.echo(f"Hadath dashboard at {url} (Ctrl-C stops)", err=True))


@main.group("eval")
def eval_group() -> None:
    """Precision/recall/F1 against gold files (dev for tuning, test held out)."""


def _eval_command(name: str, module: str, evaluate: str, help_text: str):
    @eval_group.command(name, help=help_text)
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    @click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON.")
    def command(file, as_json):
        import importlib

        mod = importlib.import_module(module)
        report = getattr(mod, evaluate)(file)
        if as_json:
            click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            click.echo(mod.format_report(report) if evaluate == "evaluate" else _format_generic(mod, report))
    return command


def _format_generic(mod, report: dict) -> str:
    for name in ("format_ner_report", "format_report"):
        fn = getattr(mod, name, None)
        if fn is not None:
            return fn(report)
    return json.dumps(report, ensure_ascii=False, indent=2)




@eval_group.command("ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON.")
@neural_opt
def eval_ner(file, as_json, neural_ner):
    """Entity recognition on a CoNLL `token TAG` file."""
    from hadath.actors.evaluate import evaluate_ner, format_report

    report = evaluate_ner(file, neural=neural_ner)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_report(report))


_eval_command("actors", "hadath.actors", "evaluate_actors", "Actor mentions and codes on a gold JSONL file.")


@eval_group.command("events", help="Event types, statuses and actor codes on a gold JSONL file.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON.")
@click.option("--no-backstop", is_flag=True, help="The trigger lexicon alone (no classifier-coded events).")
@click.option("--backstop-threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Classifier probability from which a type the lexicon missed is coded (default: shipped).")
@click.option("--no-veto", is_flag=True, help="Keep the lexicon's events where the classifier is sure there is none.")
def eval_events(file, as_json, no_backstop, backstop_threshold, no_veto):
    from hadath.events import evaluate, format_report
    from hadath.pipeline import Pipeline

    pipeline = Pipeline.default(backstop=not no_backstop, backstop_threshold=backstop_threshold, veto=not no_veto)
    report = evaluate(file, analyse=pipeline)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_report(report))

_eval_command("places", "hadath.geo", "evaluate", "Places found, country right, within 161 km.")
_eval_command("dates", "hadath.when", "evaluate", "Date expressions resolved to the exact value.")


@main.command()
@click.argument("sentence")
@date_opt
def actors(sentence, date):
    """Show the actors recognised in SENTENCE and why."""
    from hadath.actors import explain

    click.echo(explain(sentence, date))


@main.command()
@click.argument("sentence")
@date_opt
def explain(sentence, date):
    """Show why SENTENCE was (or was not) coded: tokens, actors, pattern, roles, status."""
    from hadath.events import explain as explain_events

    click.echo(explain_events(sentence, date))


@main.command()
@click.argument("sentence")
def where(sentence):
    """Show the places found in SENTENCE and how they were resolved."""
    from hadath.geo import explain as explain_places

    click.echo(explain_places(sentence))


@main.command()
@click.argument("sentence")
@click.option("--date", callback=_parse_date, required=True, help="Reference (publication) date.")
def when(sentence, date):
    """Show the date expressions in SENTENCE resolved against --date."""
    from hadath.when import explain as explain_dates

    click.echo(explain_dates(sentence, date))


@main.command()
@click.option("--corpus", type=click.Path(exists=True), help="Files or folder to read (default: the bundled sample).")
@click.option("--limit", type=int, help="At most this many articles.")
@workers_opt
@click.option("--repeat", type=int, default=1, show_default=True, help="Repeat the sample this many times.")
@click.option("--stages", is_flag=True, help="Also time each stage separately (single process).")
@neural_opt
def bench(corpus, limit, workers, repeat, stages, neural_ner):
    """Throughput (articles/s, sentences/s, tokens/s) and peak memory of the whole pipeline."""
    from hadath.bench import run_bench

    report = run_bench(corpus, limit=limit, workers=_workers(workers), repeat=repeat, per_stage=stages,
                       neural_ner=neural_ner)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2))


BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _one_blas_thread_per_process() -> None:
    """Ask numpy's BLAS for one thread per process, unless the user chose otherwise.

    The pipeline's matrix products are small (a sentence or a few words at a time): a BLAS pool of one thread
    per core only spins, and halved the speed of ``--neural-ner`` even with one worker; parallelism comes
    from worker processes (``-j``), which inherit the setting.  It must be set before numpy is first
    imported, which is why the command-line entry point does it and the library never does.
    """
    import os

    if "numpy" not in sys.modules:
        for name in BLAS_THREAD_VARIABLES:
            os.environ.setdefault(name, "1")


def run() -> None:
    """Entry point that turns library errors into messages and exit codes."""
    _one_blas_thread_per_process()
    try:
        main(standalone_mode=True)
    except HadathError as exc:
        click.echo(f"hadath: error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    run()
