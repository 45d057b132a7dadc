; Inno Setup script for IAM Console (compiled by build.ps1 with /DAppVersion and /DRoot).
; Per-user install by default (no administrator rights); "Install for all users" is offered in
; a dialog and on the command line (/ALLUSERS). Start-menu entry, uninstaller, version
; information and the iam-console:// link scheme.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Root
  #define Root "..\.."
#endif

[Setup]
AppId={{6D3C8F0E-5B8B-4E7A-9C59-3C2A1E4B7F21}
AppName=IAM Console
AppVersion={#AppVersion}
AppVerName=IAM Console {#AppVersion}
AppPublisher=IAM Console
VersionInfoVersion={#AppVersion}
VersionInfoProductName=IAM Console
VersionInfoDescription=IAM Console installer
DefaultDirName={autopf}\IAM Console
DefaultGroupName=IAM Console
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\packaging\dist
OutputBaseFilename=iam-console-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\build\icons\iam-console.ico
UninstallDisplayIcon={app}\iam-console.exe
UninstallDisplayName=IAM Console
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Files]
Source: "{#Root}\packaging\dist\iam-console\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\IAM Console"; Filename: "{app}\iam-console.exe"
Name: "{autodesktop}\IAM Console"; Filename: "{app}\iam-console.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; iam-console:// links (activation and reset links) open the console; HKA is the current
; user's classes for a per-user install and the machine's for an install for all users
Root: HKA; Subkey: "Software\Classes\iam-console"; ValueType: string; ValueName: ""; ValueData: "URL:IAM Console link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\iam-console"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\iam-console\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\iam-console.exe,0"
Root: HKA; Subkey: "Software\Classes\iam-console\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\iam-console.exe"" ""%1"""

[Run]
Filename: "{app}\iam-console.exe"; Description: "{cm:LaunchProgram,IAM Console}"; Flags: nowait postinstall skipifsilent
