"""A throwaway PostgreSQL cluster for the tests: started on 127.0.0.1, one fresh database per test.

The server binaries come from Debian's ``postgresql`` package (scripts/install-postgres.sh installs
it when running as root). ``initdb`` refuses to run as root, so as root the cluster is created and
started as the ``postgres`` user via ``runuser``. ``fsync=off``: the data is thrown away anyway, and
it makes the cluster ready in about a second. Set STORYLINE_TEST_PG=postgresql://... to use an
existing server instead (each test still gets its own database, dropped afterwards).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INSTALL_SCRIPT = REPO / "scripts" / "install-postgres.sh"


class Unavailable(Exception):
    """No PostgreSQL server can be started here; the message says why and what to do."""


def find_bindir() -> Path | None:
    """The folder holding initdb/pg_ctl: PATH first, then Debian's versioned layout (newest first)."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def ensure_binaries() -> Path:
    """The bin folder, installing Debian's package first when root and missing."""
    bindir = find_bindir()
    if bindir is not None:
        return bindir
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Unavailable(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed and this is not a root Debian "
            "system; run scripts/install-postgres.sh as root, or set STORYLINE_TEST_PG to a server URL"
        )
    done = subprocess.run(["sh", str(INSTALL_SCRIPT)], capture_output=True, text=True, timeout=600)
    bindir = find_bindir()
    if done.returncode != 0 or bindir is None:
        raise Unavailable(f"scripts/install-postgres.sh failed: {(done.stderr or done.stdout)[-500:]}")
    return bindir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A running server and an admin connection string; ``database()`` makes a fresh empty database."""

    def __init__(self) -> None:
        self.url = os.environ.get("STORYLINE_TEST_PG", "")
        self._dir: Path | None = None
        self._pg_ctl: list[str] = []

    def start(self) -> Cluster:
        if self.url:
            return self
        bindir = ensure_binaries()
        as_root = os.geteuid() == 0
        prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
        self._dir = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
        data, sock = self._dir / "data", self._dir / "sock"
        sock.mkdir()
        if as_root:
            shutil.chown(self._dir, "postgres")
            shutil.chown(sock, "postgres")
        port = free_port()
        self._run(
            [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
             "--no-locale", "-E", "UTF8", "--no-sync"],
            "initdb",
        )  # fmt: skip
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._pg_ctl = [*prefix, str(bindir / "pg_ctl"), "-D", str(data)]
        self._run([*self._pg_ctl, "-w", "-t", "30", "-l", str(self._dir / "server.log"), "-o", options, "start"], "pg_ctl start")
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        return self

    def _run(self, cmd: list[str], what: str) -> None:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = ""
            if self._dir and (self._dir / "server.log").exists():
                log = (self._dir / "server.log").read_text(errors="replace")[-1000:]
            raise Unavailable(f"{what} failed ({done.returncode}): {(done.stderr or done.stdout)[-800:]} {log}")

    def stop(self) -> None:
        if self._pg_ctl:
            subprocess.run([*self._pg_ctl, "-m", "immediate", "stop"], capture_output=True, timeout=60)
            self._pg_ctl = []
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def database(self) -> str:
        """A new empty database; its postgresql:// address."""
        from urllib.parse import urlsplit, urlunsplit

        name = "t_" + uuid.uuid4().hex[:12]
        self._admin(f"CREATE DATABASE {name} TEMPLATE template0")
        return urlunsplit(urlsplit(self.url)._replace(path="/" + name))

    def drop(self, dsn: str) -> None:
        from psycopg.conninfo import conninfo_to_dict

        name = conninfo_to_dict(dsn)["dbname"]
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def start_or_explain() -> tuple[Cluster | None, str]:
    """A started cluster, or None and the reason (callers skip, or fail under CI=true)."""
    try:
        return Cluster().start(), ""
    except (Unavailable, OSError, subprocess.SubprocessError) as err:
        return None, f"PostgreSQL unavailable: {err}"


def must_have_postgres() -> bool:
    """Under CI a missing PostgreSQL is a failure, not a skip: the backend must not go untested."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def empty_database(dsn: str) -> None:
    """Every table but ``meta`` truncated and sequences restarted: a fresh store in milliseconds."""
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'meta'"
        )]  # fmt: skip
        if tables:
            conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")  # type: ignore[arg-type]
        for (seq,) in conn.execute("SELECT sequence_name FROM information_schema.sequences").fetchall():
            conn.execute(f"ALTER SEQUENCE {seq} RESTART")  # type: ignore[arg-type]
