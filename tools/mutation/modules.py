"""Which modules are mutation-tested, and against which tests: only a module's own tests, so a mutant takes seconds.

mutmut narrows further: of these files, a mutant runs only the tests that called the function it changes.
"""

from __future__ import annotations

from dataclasses import dataclass

CALLBACK_TESTS = (
    "tests/test_callbacks.py",
    "tests/test_callback_fuzz.py",
    "tests/test_callback_input_checks.py",
    "tests/test_callback_rejections.py",
    "tests/test_callback_mutants.py",
    "tests/test_callback_decryptor_reuse.py",
)
AUTH_TESTS = (
    "tests/test_auth.py",
    "tests/test_wire.py",
    "tests/test_loopback.py",
    "tests/test_secrets.py",
    "tests/test_token_stores.py",  # clients that share a stored app token
    "tests/test_faults.py",
    "tests/test_store_errors.py",
    "tests/test_core_mutants.py",
    "tests/test_one_pipeline.py",
    "tests/test_final_urls.py",
)
RETRY_TESTS = (
    "tests/test_retry.py",
    "tests/test_auth.py",  # the token replay is the attempt loop's
    "tests/test_one_pipeline.py",
    "tests/test_client_retries.py",
    "tests/test_reliability.py",
    "tests/test_error_translation.py",
    "tests/test_faults.py",
    "tests/test_core_mutants.py",
    "tests/test_request_options.py",  # per-request max_retries: the transport's views
)
STORE_TESTS = (
    "tests/test_token_stores.py",
    "tests/test_store_identity.py",
    "tests/test_store_errors.py",
    "tests/test_core_mutants.py",
)


@dataclass(frozen=True)
class Module:
    group: str
    path: str  # inside overrides/
    tests: tuple[str, ...]

    @property
    def name(self) -> str:
        """`_retry` for lansenger/_retry.py: how the command line and the working folder name it."""
        return self.path.rsplit("/", 1)[-1].removesuffix(".py")


MODULES = (
    Module("callback", "lansenger/_callback_signature.py", CALLBACK_TESTS),
    Module("callback", "lansenger/_callback_crypto.py", CALLBACK_TESTS),
    Module("callback", "lansenger/_callback_layouts.py", CALLBACK_TESTS),
    Module(
        "callback",
        "lansenger/_callback_receiver.py",
        (*CALLBACK_TESTS, "tests/test_callback_apps.py", "tests/test_seen_redis.py"),
    ),
    Module("auth", "lansenger/_auth.py", AUTH_TESTS),
    Module("auth", "lansenger/_token_clients.py", AUTH_TESTS),
    Module("retry", "lansenger/_retry.py", RETRY_TESTS),
    Module("store", "lansenger/_file_store.py", (*STORE_TESTS, "tests/test_cli_login.py")),
    Module("store", "lansenger/_state_layout.py", (*STORE_TESTS, "tests/test_cli_login.py")),
    Module("store", "lansenger/_private_files.py", (*STORE_TESTS, "tests/test_cli_login.py")),
    Module(
        "store",
        "lansenger/_store.py",
        (*STORE_TESTS, "tests/test_auth.py", "tests/test_device_flow_wire.py", "tests/test_exception_secrets.py"),
    ),
    Module("store", "lansenger/_redis_store.py", STORE_TESTS),
)
GROUPS = tuple(dict.fromkeys(module.group for module in MODULES))


def select(names: list[str]) -> list[Module]:
    """The modules named (`_retry`) or in the groups named (`retry`); all of them when none is named."""
    if not names:
        return list(MODULES)
    unknown = [name for name in names if name not in GROUPS and all(name != m.name for m in MODULES)]
    if unknown:
        known = ", ".join([*GROUPS, *(m.name for m in MODULES)])
        raise SystemExit(f"unknown module or group {', '.join(unknown)} (known: {known})")
    return [m for m in MODULES if m.name in names or m.group in names]
