; Inno Setup 6 script for GigaDesk: a per-user installer (no administrator rights needed).
;
; Build after PyInstaller has made dist\GigaDesk (see packaging\README.md):
;   iscc packaging\windows\gigadesk.iss
; The version and publisher come from GigaDesk.exe's version resource, which the PyInstaller
; spec fills from pyproject.toml, so nothing here repeats them. /DAppVersion=... overrides.
; Signed builds: iscc "/Ssigntool=signtool.exe sign /fd SHA256 ... $f" /DSignTool=signtool ...

#if Ver < EncodeVer(6, 3, 0)
  #error "Inno Setup 6.3 or newer is needed (ArchitecturesAllowed=x64compatible)"
#endif

#define AppName "GigaDesk"
#define AppExeName "GigaDesk.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\" + AppName
#define AppExe DistDir + "\" + AppExeName

#if !FileExists(AppExe)
  #error "dist\GigaDesk\GigaDesk.exe is missing: run PyInstaller with packaging\gigadesk.spec first"
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif
#define AppNumericVersion GetVersionNumbersString(AppExe)
#define AppPublisher GetStringFileInfo(AppExe, "CompanyName")
#if AppVersion == "" || AppPublisher == ""
  #error "GigaDesk.exe carries no version resource: was it built with packaging\gigadesk.spec?"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{1F422A3C-D1AB-40A0-A8E7-EA1E1435192B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#GetStringFileInfo(AppExe, "LegalCopyright")}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} installer
; Per user: no UAC prompt, installs under %LOCALAPPDATA%\Programs like other per-user apps.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running GigaDesk (Restart Manager) before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\gigadesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef SignTool
; Signs the installer and the uninstaller it writes; see packaging\README.md (code signing).
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version may drop files: clear the old bundle so no stale library shadows a new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Gigastore sales history and refunds"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes the program only. The user's sales history cache, settings and logs
  (platformdirs: %LOCALAPPDATA%\GigaDesk, and %APPDATA%\GigaDesk should settings ever roam) stay,
  so a reinstall or an upgrade finds them again, unless the user ticks the box below. }
var
  DeleteUserData: Boolean;

function UserDataDir(Index: Integer): String;
begin
  if Index = 0 then
    Result := ExpandConstant('{localappdata}\{#AppName}')
  else
    Result := ExpandConstant('{userappdata}\{#AppName}');
end;

function AskToDeleteUserData(): Integer;
var
  Form: TSetupForm;
  Prompt: TNewStaticText;
  Box: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(ScaleX(440), ScaleY(170), False, True);
#else
  Form := CreateCustomForm();
  Form.ClientWidth := ScaleX(440);
  Form.ClientHeight := ScaleY(170);
#endif
  try
    Form.Caption := 'Uninstall {#AppName}';

    Prompt := TNewStaticText.Create(Form);
    Prompt.Parent := Form;
    Prompt.Left := ScaleX(12);
    Prompt.Top := ScaleY(12);
    Prompt.Width := Form.ClientWidth - ScaleX(24);
    Prompt.Height := ScaleY(64);
    Prompt.AutoSize := False;
    Prompt.WordWrap := True;
    Prompt.Caption := '{#AppName} will be removed from this computer. Your sales history cache '
      + 'and settings in ' + UserDataDir(0) + ' are kept, so installing {#AppName} again '
      + 'finds them.';

    Box := TNewCheckBox.Create(Form);
    Box.Parent := Form;
    Box.Left := ScaleX(12);
    Box.Top := Prompt.Top + Prompt.Height + ScaleY(8);
    Box.Width := Form.ClientWidth - ScaleX(24);
    Box.Height := ScaleY(17);
    Box.Caption := 'Also delete my history cache, settings and logs';
    Box.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := 'Uninstall';
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := 'Cancel';
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    OkButton.Width := ScaleX(90);
    CancelButton.Width := ScaleX(90);
    OkButton.Height := ScaleY(23);
    CancelButton.Height := ScaleY(23);
    CancelButton.Left := Form.ClientWidth - CancelButton.Width - ScaleX(12);
    OkButton.Left := CancelButton.Left - OkButton.Width - ScaleX(8);
    OkButton.Top := Form.ClientHeight - OkButton.Height - ScaleY(12);
    CancelButton.Top := OkButton.Top;
    Form.ActiveControl := OkButton;

    Result := Form.ShowModal();
    DeleteUserData := (Result = mrOk) and Box.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  DeleteUserData := False;
  { A silent uninstall (/SILENT, /VERYSILENT: scripted removals) never deletes user data. }
  if UninstallSilent() then
    Result := True
  else
    Result := AskToDeleteUserData() = mrOk;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  I: Integer;
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData then
    for I := 0 to 1 do
      if DirExists(UserDataDir(I)) and not DelTree(UserDataDir(I), True, True, True) then
        MsgBox('Some files in ' + UserDataDir(I) + ' could not be deleted; remove them by hand.',
          mbInformation, MB_OK);
end;
