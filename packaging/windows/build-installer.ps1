# Builds the Windows installer (NSIS) and a ZIP of Shuriken Stream Monitor.
# UNTESTED: see README.md. Run from a "x64 Native Tools Command Prompt for VS 2022" PowerShell
# with CMake, Ninja and NSIS on PATH.
#
#   packaging\windows\build-installer.ps1 -QtDir C:\Qt\6.8.0\msvc2022_64 -KeychainDir C:\deps\qtkeychain -SimdjsonDir C:\deps\simdjson
#   packaging\windows\build-installer.ps1 ... -Generator WIX      # an MSI instead (WiX 3 on PATH)
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [Parameter(Mandatory = $true)][string]$KeychainDir,
    [Parameter(Mandatory = $true)][string]$SimdjsonDir,
    [string]$Generator = "NSIS;ZIP",
    [string]$BuildDir = "build\windows"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

cmake -S . -B $BuildDir -G Ninja `
    -DCMAKE_BUILD_TYPE=Release `
    "-DCMAKE_PREFIX_PATH=$QtDir;$KeychainDir;$SimdjsonDir" `
    -DSHURIKEN_BUILD_TESTS=OFF -DSHURIKEN_BUILD_BENCH=OFF
if ($LASTEXITCODE -ne 0) { throw "configure failed" }
cmake --build $BuildDir
if ($LASTEXITCODE -ne 0) { throw "build failed" }

# cpack runs the install rules into a staging folder; the deploy script Qt generated for
# shuriken-monitor runs windeployqt there, so the Qt DLLs, plug-ins and translations land
# next to the executables.
Push-Location $BuildDir
try {
    cpack -G $Generator
    if ($LASTEXITCODE -ne 0) { throw "cpack failed" }
    Get-ChildItem -Filter "shuriken-stream-monitor-*" | Format-Table Name, Length
} finally {
    Pop-Location
}
