"""Who may reach the web chat: loopback by default; another address only with logins or --insecure."""

from __future__ import annotations

import atexit
import ipaddress
import os
import shutil
import tempfile
from pathlib import Path

from pydantic import SecretStr


class AccessError(ValueError):
    """A serve configuration that would expose the chat unsafely, or unreadable logins."""


def is_loopback(host: str) -> bool:
    """True for localhost and 127.0.0.0/8 or ::1; a name other than localhost is never assumed local."""
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_auth(secret: SecretStr | None) -> list[tuple[str, str]]:
    """Logins from GOVQA_AUTH, "user:password[,user:password…]" (a password may hold ':' but not ',')."""
    if secret is None or not secret.get_secret_value().strip():
        return []
    users: list[tuple[str, str]] = []
    for n, item in enumerate(secret.get_secret_value().split(","), start=1):
        user, sep, password = item.strip().partition(":")
        if not sep or not user.strip() or not password:
            # never echo the value: it holds passwords
            raise AccessError(f"GOVQA_AUTH entry {n} is not user:password")
        users.append((user.strip(), password))
    return users


def check_host(host: str, has_auth: bool, insecure: bool) -> None:
    """Refuse to listen beyond this machine without logins, unless told so explicitly."""
    if is_loopback(host) or has_auth or insecure:
        return
    raise AccessError(
        f"refusing to listen on {host} without logins: set GOVQA_AUTH=user:password "
        "or pass --insecure to serve anyone who can reach this address"
    )


def weak_password(user: str, password: str, min_chars: int) -> str | None:
    """Why a password is too weak to guard the chat, or None: shorter than min_chars, fewer than
    five different characters ("aaaaaaaaaa", "1212121212"), or the user name in it."""
    if len(password) < min_chars:
        return f"shorter than {min_chars} characters"
    if len(set(password)) < 5:
        return "fewer than 5 different characters"
    if user.casefold() in password.casefold():
        return "contains the user name"
    return None


def check_passwords(users: list[tuple[str, str]], min_chars: int) -> None:
    """Refuse logins whose password is too weak, naming the entry and the user, never the password."""
    for n, (user, password) in enumerate(users, start=1):
        why = weak_password(user, password, min_chars)
        if why:
            raise AccessError(f"GOVQA_AUTH entry {n} ({user}): the password is too weak ({why}); "
                              f"use at least {min_chars} characters that are not the user name")


def run_temp_dir() -> Path:
    """A temp folder for this server run (under GRADIO_TEMP_DIR when set), made Gradio's own
    before Gradio is imported (it reads the setting then), and removed when the process ends."""
    temp = Path(tempfile.mkdtemp(prefix="govqa-web-", dir=os.environ.get("GRADIO_TEMP_DIR")))
    os.environ["GRADIO_TEMP_DIR"] = str(temp)
    atexit.register(shutil.rmtree, temp, True)
    return temp
