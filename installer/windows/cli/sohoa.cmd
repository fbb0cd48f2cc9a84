@rem The `sohoa` command on Windows: the MSI puts this folder (INSTALLDIR\cli) on the system PATH.
@rem It runs the console launcher, since sohoa.exe is the windowed one (Start menu, .asice files).
@"%~dp0..\sohoa-cli.exe" %*
@exit /b %ERRORLEVEL%
