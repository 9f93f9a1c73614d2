@echo off
rem Runs the kpi command line on Windows, as ./kpi does elsewhere: builds the runnable jar of the
rem version in pom.xml on first use (or when a source or build file is newer than the jar), then
rem runs it with your arguments, using %JAVA_HOME%\bin\java.exe when JAVA_HOME is set.
setlocal EnableExtensions DisableDelayedExpansion
set "here=%~dp0"
if "%here:~-1%"=="\" set "here=%here:~0,-1%"

rem The version: the <version> line that follows <artifactId>kpi-parent</artifactId> in pom.xml.
set "version="
for /f "usebackq delims=" %%V in (`powershell -NoProfile -Command "([xml](Get-Content -LiteralPath '%here%\pom.xml')).project.version"`) do set "version=%%V"
if not defined version (
  echo kpi: cannot read the version from "%here%\pom.xml" 1>&2
  exit /b 4
)
set "jar=%here%\app\target\app-%version%-all.jar"

set "java=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"

rem sample-data\ is not watched: an analyst's own files put there must not trigger a build.
set "stale="
if not exist "%jar%" set "stale=1"
if not defined stale (
  for /f "usebackq delims=" %%F in (`powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%jar%').LastWriteTime; Get-ChildItem -Recurse -File -LiteralPath '%here%\pom.xml','%here%\app\pom.xml','%here%\kpi-core\pom.xml','%here%\app\src\main','%here%\kpi-core\src\main' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1 -ExpandProperty FullName"`) do set "stale=1"
)
if defined stale (
  echo kpi: building the jar ^(first run or changed sources^)... 1>&2
  pushd "%here%"
  call mvnw.cmd -B -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    exit /b 4
  )
  popd
)

"%java%" %KPI_JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
