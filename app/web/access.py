"""Who may reach the web chat: loopback by default; another address only with logins or --insecure."""

from __future__ import annotations

import ipaddress

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
