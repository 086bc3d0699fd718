"""Where GigaDesk keeps its files: the platform's folders, or all under one --data-dir."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gigadesk import APP_NAME


class PathsError(Exception):
    """A folder GigaDesk needs cannot be created; the message says which and why."""


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The data (cache), config (settings), cache and log folders of GigaDesk."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The per-user folders this platform expects (from platformdirs)."""
        import platformdirs  # here: a start with --data-dir does not pay for its import

        dirs = platformdirs.PlatformDirs(appname=APP_NAME, appauthor=APP_NAME)
        return cls(
            data_dir=dirs.user_data_path,
            config_dir=dirs.user_config_path,
            cache_dir=dirs.user_cache_path,
            log_dir=dirs.user_log_path,
        )

    @classmethod
    def under(cls, root: Path | str) -> AppPaths:
        """Every folder under `root` (for --data-dir: tests, demos and portable use)."""
        base = Path(root).expanduser().absolute()
        return cls(
            data_dir=base / "data",
            config_dir=base / "config",
            cache_dir=base / "cache",
            log_dir=base / "logs",
        )

    @property
    def cache_file(self) -> Path:
        """The SQLite history cache."""
        return self.data_dir / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        """The settings (JSON)."""
        return self.config_dir / "settings.json"

    def ensure(self) -> AppPaths:
        """Create every folder that is missing; PathsError says which one cannot be made."""
        for folder in (self.data_dir, self.config_dir, self.cache_dir, self.log_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except FileExistsError as exc:
                raise PathsError(
                    f"GigaDesk needs the folder {folder}, but a file of that name is in the way."
                ) from exc
            except OSError as exc:
                reason = (exc.strerror or str(exc)).lower()
                raise PathsError(f"GigaDesk cannot create the folder {folder}: {reason}.") from exc
        return self
