# Build IAM Console for Windows: the PyInstaller folder, then the Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11 (py launcher) and Inno Setup 6 (iscc.exe on PATH or in its default folder).
# Signing: when WINDOWS_SIGN_CERT (a .pfx path) and WINDOWS_SIGN_PASSWORD are set, the program
# and the installer are signed with signtool (WINDOWS_SIGN_TIMESTAMP overrides the timestamp URL).
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
$python = ".venv\Scripts\python.exe"
& $python -m pip install -q --upgrade pip
& $python -m pip install -q -e ".[packaging]"
$env:QT_QPA_PLATFORM = "offscreen"
& $python packaging\make_icons.py
Remove-Item Env:\QT_QPA_PLATFORM

$version = (& $python -c "import iam_console; print(iam_console.__version__)").Trim()
$parts = $version.Split(".") + @("0", "0", "0")
$info = (Get-Content packaging\windows\version_info.template -Raw) `
    -replace "@VERSION@", $version -replace "@V1@", $parts[0] -replace "@V2@", $parts[1] `
    -replace "@V3@", $parts[2]
New-Item -ItemType Directory -Force packaging\build | Out-Null
Set-Content -Path packaging\build\version_info.txt -Value $info -Encoding UTF8

& $python -m PyInstaller --noconfirm --log-level WARN --distpath packaging\dist `
    --workpath packaging\build\pyinstaller packaging\iam_console.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# smoke test: the bundle paints its sign-in window and exits 0
$smokeDir = New-Item -ItemType Directory -Force (Join-Path $env:TEMP "iam-console-smoke")
# (a windowed program prints nothing here: its exit code says it; 3 = no window within a minute)
$run = Start-Process packaging\dist\iam-console\iam-console.exe -Wait -PassThru `
    -ArgumentList "--smoke-test", "--database", "`"$smokeDir\smoke.sqlite3`""
if ($run.ExitCode -ne 0) { throw "smoke test failed (exit code $($run.ExitCode))" }

function Sign-File($path) {
    if ($env:WINDOWS_SIGN_CERT) {
        $stamp = if ($env:WINDOWS_SIGN_TIMESTAMP) { $env:WINDOWS_SIGN_TIMESTAMP } else { "http://timestamp.digicert.com" }
        signtool sign /f $env:WINDOWS_SIGN_CERT /p $env:WINDOWS_SIGN_PASSWORD /fd SHA256 /tr $stamp /td SHA256 $path
        if ($LASTEXITCODE -ne 0) { throw "signing $path failed" }
    }
}
Sign-File packaging\dist\iam-console\iam-console.exe

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /Qp "/DAppVersion=$version" "/DRoot=$root" packaging\windows\iam-console.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Sign-File "packaging\dist\iam-console-$version-setup.exe"
Write-Host "built packaging\dist\iam-console-$version-setup.exe"
