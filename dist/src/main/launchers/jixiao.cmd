@echo off
rem jixiao @project.version@ launcher for Windows: needs only a Java 17+ runtime (JRE or JDK).
rem
rem Environment:
rem   JAVA_HOME          the Java to use (else java.exe on the PATH)
rem   JIXIAO_JAVA_OPTS   extra JVM options, after ours (e.g. -Xmx8g for a very large build)
rem   JIXIAO_CACHE_DIR   where the class-data archive goes (default %LOCALAPPDATA%\jixiao)
rem   JIXIAO_CDS=0       never make or use the class-data archive
rem No "a || b" or "a && b" after a redirection: wine's cmd (used to test this file) runs b
rem whatever a did; "if errorlevel 1" means the same everywhere.
rem Exit codes are jixiao's (0 ok, 1 errors in the forms, 2 usage, 3 internal); 2 also when no
rem suitable Java is found.
rem
rem Only ASCII in this file: cmd.exe reads a batch file in the console's code page, whatever it
rem is, so the Chinese messages are in jixiao-messages.txt beside it (UTF-8), printed by :message
rem after the switch to code page 65001.
if "%~1"==":train" goto :train
setlocal EnableExtensions DisableDelayedExpansion

set "JX_HOME=%~dp0.."
for %%I in ("%JX_HOME%") do set "JX_HOME=%%~fI"
set "JX_JAR=%JX_HOME%\lib\jixiao.jar"

rem --- UTF-8 console: jixiao writes UTF-8; code page 65001 makes the console show it. The old
rem code page ("Active code page: 936", in any language) is put back at the end.
set "JX_OLDCP="
for /f "tokens=2 delims=:" %%C in ('chcp 2^>nul') do set "JX_OLDCP=%%C"
if defined JX_OLDCP for /f "tokens=1 delims=. " %%C in ("%JX_OLDCP%") do set "JX_OLDCP=%%C"
chcp 65001 >nul 2>&1

if not exist "%JX_JAR%" (
  set "JX_MSG=jar"
  goto :fail
)

rem --- which Java: JAVA_HOME, else the PATH
if defined JAVA_HOME goto :java_home
set "JX_JAVA="
for %%J in (java.exe) do set "JX_JAVA=%%~$PATH:J"
if not defined JX_JAVA (
  set "JX_MSG=nojava"
  goto :fail
)
for %%J in ("%JX_JAVA%") do set "JX_JHOME=%%~dpJ.."
for %%J in ("%JX_JHOME%") do set "JX_JHOME=%%~fJ"
goto :java_version

:java_home
set "JX_JHOME=%JAVA_HOME:"=%"
if "%JX_JHOME:~-1%"=="\" set "JX_JHOME=%JX_JHOME:~0,-1%"
set "JX_JAVA=%JX_JHOME%\bin\java.exe"
if not exist "%JX_JAVA%" (
  set "JX_MSG=javahome"
  goto :fail
)

rem --- its version: from the release file (no extra JVM start); java -version only without one
rem (e.g. the javapath stub of the Oracle installer).
:java_version
set "JX_VER="
if exist "%JX_JHOME%\release" (
  for /f "usebackq tokens=1,* delims==" %%A in ("%JX_JHOME%\release") do (
    if "%%A"=="JAVA_VERSION" set "JX_VER=%%~B"
  )
)
if not defined JX_VER (
  for /f "tokens=3" %%V in ('call "%JX_JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do (
    if not defined JX_VER set "JX_VER=%%~V"
  )
)
set "JX_MAJOR="
set "JX_MINOR="
if defined JX_VER (
  for /f "tokens=1,2 delims=.-+_" %%A in ("%JX_VER%") do (
    set "JX_MAJOR=%%A"
    set "JX_MINOR=%%B"
  )
)
if "%JX_MAJOR%"=="1" set "JX_MAJOR=%JX_MINOR%"
rem set /a reads a non-number as 0 (and so refuses it below); no "||" after it, which some cmd
rem implementations (wine's) take as a failure.
set "JX_MAJOR_N=0"
set /a "JX_MAJOR_N=JX_MAJOR" >nul 2>&1
if %JX_MAJOR_N% LSS 17 (
  set "JX_MSG=oldjava"
  goto :fail
)

rem --- fast start: C1 only and the serial collector suit a command that runs a second or two;
rem the class-data archive (AppCDS) spares loading and verifying the same classes every run.
rem JVM warnings go to stderr, so that stdout (JSON, SARIF) stays clean; CDS's own notes are off.
set "JX_GC=-XX:+UseSerialGC"
if defined JIXIAO_JAVA_OPTS (
  echo "%JIXIAO_JAVA_OPTS%" | findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul
  if not errorlevel 1 set "JX_GC="
)
rem One compiler thread (the JIT's threads compete with jixiao's on a short run); the full JIT (a
rem user's -XX:TieredStopAtLevel=4) needs two.
set "JX_JIT=-XX:CICompilerCount=1"
if defined JIXIAO_JAVA_OPTS (
  echo "%JIXIAO_JAVA_OPTS%" | findstr /c:"Tiered" /c:"CICompilerCount" >nul
  if not errorlevel 1 set "JX_JIT="
)
set "JX_OPTS=-Xshare:auto -XX:TieredStopAtLevel=1 %JX_JIT% %JX_GC% -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr -Dfile.encoding=UTF-8"

set "JX_ARCHIVE="
if "%JIXIAO_CDS%"=="0" goto :run_plain
set "JX_CACHE=%JIXIAO_CACHE_DIR%"
if not defined JX_CACHE if defined LOCALAPPDATA set "JX_CACHE=%LOCALAPPDATA%\jixiao"
if not defined JX_CACHE goto :run_plain
rem One archive per installation, Java and version: the JVM refuses an archive made by another
rem JVM or for another jar (and then silently runs without), so each gets its own file, named
rem after both folders (made file-name safe) and the Java version.
set "JX_KEY=%JX_HOME%_%JX_JHOME%_%JX_VER%"
set "JX_KEY=%JX_KEY::=%"
set "JX_KEY=%JX_KEY:\=_%"
set "JX_KEY=%JX_KEY:/=_%"
set "JX_KEY=%JX_KEY: =_%"
set "JX_ARCHIVE=%JX_CACHE%\jixiao-@project.version@-%JX_KEY%.jsa"
if not exist "%JX_ARCHIVE%" goto :first_run

"%JX_JAVA%" %JX_OPTS% "-XX:SharedArchiveFile=%JX_ARCHIVE%" %JIXIAO_JAVA_OPTS% -jar "%JX_JAR%" %*
set "JX_STATUS=%ERRORLEVEL%"
goto :end

:run_plain
"%JX_JAVA%" %JX_OPTS% %JIXIAO_JAVA_OPTS% -jar "%JX_JAR%" %*
set "JX_STATUS=%ERRORLEVEL%"
goto :end

rem First run with this Java: run the command as usual, then record the archive in the background
rem with a fixed training run on jixiao's own examples, so that no user command is slowed or its
rem output or exit code touched. A lock folder named after today keeps it to one trainer at a
rem time; a trainer killed on an earlier day does not block later ones.
:first_run
"%JX_JAVA%" %JX_OPTS% %JIXIAO_JAVA_OPTS% -jar "%JX_JAR%" %*
set "JX_STATUS=%ERRORLEVEL%"
if not exist "%JX_CACHE%\" mkdir "%JX_CACHE%" >nul 2>&1
if not exist "%JX_CACHE%\" goto :end
set "JX_DAY=%DATE%"
set "JX_DAY=%JX_DAY:/=-%"
set "JX_DAY=%JX_DAY:\=-%"
set "JX_DAY=%JX_DAY::=-%"
set "JX_DAY=%JX_DAY: =_%"
set "JX_LOCK=%JX_ARCHIVE%.lock-%JX_DAY%"
mkdir "%JX_LOCK%" >nul 2>&1
if errorlevel 1 goto :end
set "JX_TMP=%JX_ARCHIVE%.tmp%RANDOM%"
start "" /b cmd /d /c call "%~f0" :train >nul 2>&1
goto :end

rem --- the background trainer (started above as "jixiao.cmd :train"; the variables are inherited)
:train
rem A static archive (the training run's class list, then -Xshare:dump), not a dynamic one:
rem picocli's classes are Java 5 class files, which Java 17 leaves out of a dynamic archive.
"%JX_JAVA%" %JX_OPTS% "-XX:DumpLoadedClassList=%JX_TMP%.classes" -cp "%JX_JAR%" org.jixiao.cli.Training "%JX_HOME%\examples\yangquan-2026" "%JX_HOME%\examples\templates\quanguo" >nul 2>&1
if not errorlevel 1 "%JX_JAVA%" %JX_OPTS% -Xshare:dump "-XX:SharedClassListFile=%JX_TMP%.classes" "-XX:SharedArchiveFile=%JX_TMP%" -cp "%JX_JAR%" >nul 2>&1
if not errorlevel 1 if exist "%JX_TMP%" move /y "%JX_TMP%" "%JX_ARCHIVE%" >nul 2>&1
if exist "%JX_TMP%" del /q "%JX_TMP%" >nul 2>&1
if exist "%JX_TMP%.classes" del /q "%JX_TMP%.classes" >nul 2>&1
rmdir /s /q "%JX_LOCK%" >nul 2>&1
exit /b 0

:fail
call :message %JX_MSG%
set "JX_STATUS=2"

:end
if defined JX_OLDCP chcp %JX_OLDCP% >nul 2>&1
endlocal & exit /b %JX_STATUS%

rem --- prints the message of one key from jixiao-messages.txt (lines "key|text"), with the
rem variables it names filled in; its text is UTF-8, read after the switch to code page 65001.
:message
for /f "usebackq tokens=1,* delims=|" %%A in ("%~dp0jixiao-messages.txt") do (
  if "%%A"=="%~1" call echo jixiao: %%B 1>&2
)
exit /b 0
