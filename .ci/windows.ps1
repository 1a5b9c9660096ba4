# Windows CI: the steps of `make test` and `make package` without make (PowerShell).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Step {
    param([string] $Program, [string[]] $Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') exited with $LASTEXITCODE" }
}

$python = ".venv\Scripts\python.exe"
if (-not (Test-Path $python)) { Step "python" @("-m", "venv", ".venv") }
Step $python @("-m", "pip", "install", "--quiet", "--upgrade", "pip", "setuptools>=77")
Step $python @("-m", "pip", "install", "--quiet", "-e", ".[test,package]")

# make test
$env:QT_QPA_PLATFORM = "offscreen"
Step $python @("-m", "ruff", "check", "src", "tests", "bench", "packaging", "setup.py")
Step ".venv\Scripts\lint-imports.exe" @()
Step $python @("-m", "mypy")
Step ".venv\Scripts\actionlint.exe" @(".github/workflows/build.yml")
Step $python @("-m", "pytest")

# make package
Step $python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\jimo-explorer.spec")
Step $python @("packaging\smoke_test.py", "dist\jimo-explorer")
Step $python @("packaging\archive.py", "dist\jimo-explorer")
