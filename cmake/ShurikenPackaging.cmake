# Everything between "the targets exist" and "a package a user installs": the shared app glue
# (app/common) and the translations embedded in it, desktop integration (desktop entry, AppStream
# metainfo, hicolor icons), man pages and Debian documentation files, and CPack (DEB and RPM on
# Linux, NSIS on Windows, DragNDrop on macOS). Included once, at the end of the root
# CMakeLists.txt, when every executable target is already defined.
#
#   cmake --build <dir> && (cd <dir> && cpack -G DEB && cpack -G RPM)
#   scripts/package-check.sh    builds, packages, installs and checks the DEB (and builds the RPM)
#
# packaging/<format>/README.md explains each format.

# ---------------------------------------------------------------------------------------------
# Shared application glue and its translations. app/CMakeLists.txt adds only the folders it
# lists; add app/common here when it has not been added there yet.
if(NOT TARGET shuriken_appcommon)
    add_subdirectory("${PROJECT_SOURCE_DIR}/app/common" "${PROJECT_BINARY_DIR}/app/common")
endif()
add_subdirectory("${PROJECT_SOURCE_DIR}/translations" "${PROJECT_BINARY_DIR}/translations")

set(SHURIKEN_APP_ID "trade.shuriken.StreamMonitor")
set(SHURIKEN_PACKAGE_NAME "shuriken-stream-monitor")
set(SHURIKEN_PACKAGE_RELEASE 1)
set(SHURIKEN_PACKAGE_MAINTAINER "Shuriken Stream Monitor maintainers <packaging@shuriken.trade>")
set(SHURIKEN_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

# The executables this tree builds; shuriken-sim and the GUI are optional.
set(shuriken_programs "")
foreach(program shuriken-monitor shuriken-stream shuriken-sim)
    if(TARGET ${program})
        list(APPEND shuriken_programs ${program})
    endif()
endforeach()

# Directories a package creates are world-readable whatever the builder's umask is (lintian
# reports group-writable directories as errors).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# ---------------------------------------------------------------------------------------------
# Desktop integration (freedesktop.org): only with the GUI.
if(TARGET shuriken-monitor AND UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${SHURIKEN_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${SHURIKEN_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # One SVG is the source of every icon: the application embeds it, the theme installs it under
    # the application id, and packaging/render-icons.sh renders the committed PNGs from it.
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/shuriken-monitor.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${SHURIKEN_APP_ID}.svg")
    foreach(size 16 24 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${SHURIKEN_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
endif()

# ---------------------------------------------------------------------------------------------
# Man pages and the files Debian policy wants in /usr/share/doc/<package>, compressed the way
# lintian expects: gzip -9 with no name and no time stamp in the header (-n), so two builds of
# one source give the same bytes.
if(UNIX AND NOT APPLE)
    find_program(SHURIKEN_GZIP gzip)
    if(SHURIKEN_GZIP)
        set(compressed_dir "${PROJECT_BINARY_DIR}/packaging")
        set(compressed_files "")
        # shuriken_gzip(<source> <name in the build tree>): adds the compressed file's path to
        # compressed_files.
        function(shuriken_gzip source name)
            set(copy "${compressed_dir}/${name}")
            add_custom_command(OUTPUT "${copy}.gz"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${compressed_dir}"
                COMMAND "${CMAKE_COMMAND}" -E copy "${source}" "${copy}"
                COMMAND "${SHURIKEN_GZIP}" -9 -n -f "${copy}"
                DEPENDS "${source}"
                COMMENT "Compressing ${name}"
                VERBATIM)
            set(compressed_files ${compressed_files} "${copy}.gz" PARENT_SCOPE)
        endfunction()

        foreach(program IN LISTS shuriken_programs)
            shuriken_gzip("${SHURIKEN_PACKAGING_DIR}/man/${program}.1" "${program}.1")
            install(FILES "${compressed_dir}/${program}.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
        endforeach()
        shuriken_gzip("${SHURIKEN_PACKAGING_DIR}/deb/changelog" "changelog.Debian")
        set(docdir "${CMAKE_INSTALL_DATADIR}/doc/${SHURIKEN_PACKAGE_NAME}")
        install(FILES "${compressed_dir}/changelog.Debian.gz" DESTINATION "${docdir}")
        install(FILES "${SHURIKEN_PACKAGING_DIR}/deb/copyright" DESTINATION "${docdir}")
        install(FILES "${SHURIKEN_PACKAGING_DIR}/deb/lintian-overrides"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
            RENAME "${SHURIKEN_PACKAGE_NAME}")

        add_custom_target(shuriken_packaging_files ALL DEPENDS ${compressed_files})
    else()
        message(STATUS "gzip not found: the man pages and Debian doc files are not installed")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Windows and macOS: Qt's deploy script runs windeployqt / macdeployqt on the installed tree, so
# `cpack` bundles the Qt libraries and plug-ins. Qt 6.4 cannot do this on Linux; there the
# packages depend on the distribution's Qt instead (and packaging/appimage bundles it).
if(TARGET shuriken-monitor AND (WIN32 OR APPLE))
    qt_generate_deploy_app_script(TARGET shuriken-monitor
        FILENAME_VARIABLE shuriken_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${shuriken_deploy_script}")
endif()
if(TARGET shuriken-monitor AND WIN32)
    # Icon and version resource of the executable.
    configure_file("${SHURIKEN_PACKAGING_DIR}/windows/shuriken-monitor.rc.in"
        "${PROJECT_BINARY_DIR}/packaging/shuriken-monitor.rc" @ONLY)
    target_sources(shuriken-monitor PRIVATE "${PROJECT_BINARY_DIR}/packaging/shuriken-monitor.rc")
    # windeployqt copies Qt's DLLs only: QtKeychain and the compiler runtime come from here.
    find_package(Qt6Keychain QUIET)
    if(TARGET Qt6Keychain::Qt6Keychain)
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
endif()
if(TARGET shuriken-monitor AND APPLE)
    set_target_properties(shuriken-monitor PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "Shuriken Stream Monitor"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${SHURIKEN_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "© 2026 Shuriken"
        MACOSX_BUNDLE_ICON_FILE "shuriken-monitor.icns")
    set(shuriken_icns "${SHURIKEN_PACKAGING_DIR}/macos/shuriken-monitor.icns")
    set_source_files_properties("${shuriken_icns}" TARGET_DIRECTORY shuriken-monitor
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(shuriken-monitor PRIVATE "${shuriken_icns}")
endif()

# ---------------------------------------------------------------------------------------------
# CPack. The values every generator shares, then one block per generator.
set(CPACK_PACKAGE_NAME "${SHURIKEN_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Shuriken")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${SHURIKEN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "monitor for the Shuriken trading API's real-time streams")
# Debian wants the extended description in lines of at most 80 columns.
set(CPACK_PACKAGE_DESCRIPTION
    "Shuriken Stream Monitor is a native desktop client for the real-time streams
of the Shuriken trading API: connection state at a glance, a stream catalog
browser, subscriptions made from the catalog, live event tables that stay
smooth at firehose rates, and a connection debugger that shows every HTTP
exchange and WebSocket frame. Without an API key it runs against a built-in
simulator of the Shuriken service.

The package also contains shuriken-stream, which subscribes from a shell and
prints events as JSON Lines, and shuriken-sim, the simulator as a local
service.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Shuriken Stream Monitor")
set(CPACK_PACKAGE_EXECUTABLES "shuriken-monitor" "Shuriken Stream Monitor")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

# DEB. Library dependencies come from dpkg-shlibdeps; what it cannot see is listed by hand: the
# xcb/Wayland platform plug-ins (qt6-qpa-plugins, loaded at run time), the SVG icon engine and
# Qt's own translations (recommended), a Secret Service provider for QtKeychain (suggested).
set(CPACK_DEBIAN_PACKAGE_NAME "${SHURIKEN_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${SHURIKEN_PACKAGE_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SHURIKEN_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# RPM, built from the same install tree. Automatic Requires come from the ELF dependencies; the
# directories other packages own (filesystem, hicolor-icon-theme, man) stay out of our file list.
set(CPACK_RPM_PACKAGE_NAME "${SHURIKEN_PACKAGE_NAME}")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE "${SHURIKEN_PACKAGE_RELEASE}")
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_SUMMARY "Monitor for the Shuriken trading API's real-time streams")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_CHANGELOG_FILE "${SHURIKEN_PACKAGING_DIR}/rpm/changelog")
set(CPACK_RPM_COMPRESSION_TYPE xz)
# Binaries are stripped by CPack already; no debuginfo sub-package, no /usr/lib/.build-id links
# that would clash with other packages built the same way.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define debug_package %{nil}\n%define _build_id_links none")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1
    /usr/share/doc
    /usr/share/lintian
    /usr/share/lintian/overrides)
# The lintian override is for Debian's checker only.
set(CPACK_RPM_USER_FILELIST "%exclude /usr/share/lintian/overrides/${SHURIKEN_PACKAGE_NAME}")
foreach(size 16 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
endforeach()

# NSIS (Windows): Start menu entry, uninstaller, upgrade in place.
set(CPACK_NSIS_DISPLAY_NAME "Shuriken Stream Monitor")
set(CPACK_NSIS_PACKAGE_NAME "Shuriken Stream Monitor ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "packaging@shuriken.trade")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\shuriken-monitor.exe")
set(CPACK_NSIS_MUI_ICON "${SHURIKEN_PACKAGING_DIR}/windows/shuriken-monitor.ico")
set(CPACK_NSIS_MUI_UNIICON "${SHURIKEN_PACKAGING_DIR}/windows/shuriken-monitor.ico")
# WiX, for whoever builds an MSI instead (cpack -G WIX): a fixed upgrade code keeps upgrades working.
set(CPACK_WIX_UPGRADE_GUID "6C3C8E5A-2F4B-4E0D-9B7A-5D1E2A3F4C60")
set(CPACK_WIX_PRODUCT_ICON "${SHURIKEN_PACKAGING_DIR}/windows/shuriken-monitor.ico")

# DragNDrop (macOS): a disk image with the bundle and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "Shuriken Stream Monitor")
set(CPACK_DMG_FORMAT UDBZ)

include(CPack)

# ---------------------------------------------------------------------------------------------
# QtCore only: they run in the GUI-less sanitizer build too.
if(SHURIKEN_BUILD_TESTS)
    add_subdirectory("${PROJECT_SOURCE_DIR}/tests/packaging" "${PROJECT_BINARY_DIR}/tests/packaging")
endif()
