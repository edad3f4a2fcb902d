# Install layout and installers (CPack): a .deb on Linux, NSIS on Windows, a DragNDrop DMG on macOS.
# The recipe for each is in docs/packaging.md. Included last by the top-level CMakeLists.txt.
# RAPPORT_APP_ID (the reverse-DNS id, set in the top-level CMakeLists.txt) names the .desktop, metainfo and icon files.

set(RAPPORT_RESOURCES "${PROJECT_SOURCE_DIR}/resources")
set(RAPPORT_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/rapport")

if(UNIX AND NOT APPLE)
    # Freedesktop integration: menu entry, AppStream metadata, hicolor icons named after the id.
    install(FILES "${RAPPORT_RESOURCES}/linux/${RAPPORT_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${RAPPORT_RESOURCES}/linux/${RAPPORT_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # The invitation file type (*.rapport-invitation); dpkg's trigger on mime/packages runs update-mime-database.
    install(FILES "${RAPPORT_RESOURCES}/linux/${RAPPORT_APP_ID}.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME "${RAPPORT_APP_ID}.xml")
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES "${RAPPORT_RESOURCES}/icons/app/hicolor/${size}x${size}/apps/rapport.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${RAPPORT_APP_ID}.png")
    endforeach()
    install(FILES "${RAPPORT_RESOURCES}/icons/app/rapport.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${RAPPORT_APP_ID}.svg")

    # What Debian's policy asks of every package: the copyright file (machine-readable, DEP-5) and the changelog,
    # compressed the way lintian wants (gzip -9n: no name or time stamp, so the package is reproducible).
    install(FILES "${RAPPORT_RESOURCES}/linux/debian/copyright" DESTINATION "${RAPPORT_DOCDIR}")
    find_program(RAPPORT_GZIP gzip REQUIRED)
    set(rapport_changelog_gz "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
    add_custom_command(OUTPUT "${rapport_changelog_gz}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/packaging"
        COMMAND "${RAPPORT_GZIP}" -9nc "${RAPPORT_RESOURCES}/linux/debian/changelog" > "${rapport_changelog_gz}"
        DEPENDS "${RAPPORT_RESOURCES}/linux/debian/changelog"
        COMMENT "Compressing the package changelog"
        VERBATIM)

    # Manual pages, written by help2man from the programs' own --help and --version, so they never drift from
    # them. In English whatever the builder's language (RAPPORT_LANGUAGE).
    find_program(RAPPORT_HELP2MAN help2man)
    set(rapport_man_pages "")
    if(RAPPORT_HELP2MAN)
        foreach(program rapport rapport-cli)
            if(program STREQUAL "rapport")
                set(summary "private wellbeing and professional-alliance tracking")
            else()
                set(summary "script and administer Rapport's stores, backups and hub")
            endif()
            set(page "${PROJECT_BINARY_DIR}/packaging/${program}.1")
            add_custom_command(OUTPUT "${page}.gz"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/packaging"
                COMMAND "${CMAKE_COMMAND}" -E env RAPPORT_LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
                        "${RAPPORT_HELP2MAN}" --no-info --no-discard-stderr --section=1 "--name=${summary}"
                        "--output=${page}" "$<TARGET_FILE:${program}>"
                COMMAND "${RAPPORT_GZIP}" -9nf "${page}"
                DEPENDS ${program}
                COMMENT "Writing the manual page of ${program}"
                VERBATIM)
            list(APPEND rapport_man_pages "${page}.gz")
        endforeach()
        install(FILES ${rapport_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    else()
        message(STATUS "help2man not found: no manual pages (scripts/install-deps installs it)")
    endif()
    add_custom_target(rapport_package_docs ALL DEPENDS "${rapport_changelog_gz}" ${rapport_man_pages})
    install(FILES "${rapport_changelog_gz}" DESTINATION "${RAPPORT_DOCDIR}")
endif()

# What a user reads: the guides and the third-party licences (the About dialog shows the same texts).
install(FILES
        "${PROJECT_SOURCE_DIR}/README.md"
        "${PROJECT_SOURCE_DIR}/docs/client-guide.md"
        "${PROJECT_SOURCE_DIR}/docs/cli.md"
        "${PROJECT_SOURCE_DIR}/docs/backup.md"
        "${PROJECT_SOURCE_DIR}/docs/professional-view.md"
        "${PROJECT_SOURCE_DIR}/docs/hr-dashboard.md"
    DESTINATION "${RAPPORT_DOCDIR}")
install(DIRECTORY "${RAPPORT_RESOURCES}/licenses/" DESTINATION "${RAPPORT_DOCDIR}/licenses")

# Windows and macOS: copy Qt (and its plugins) next to the executables at install time, so the installer is
# self-contained. windeployqt/macdeployqt live beside qmake in the Qt installation.
if(WIN32 OR APPLE)
    get_target_property(rapport_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(rapport_qt_bin "${rapport_qmake}" DIRECTORY)
endif()
if(WIN32)
    find_program(RAPPORT_WINDEPLOYQT windeployqt HINTS "${rapport_qt_bin}" REQUIRED)
    install(CODE "set(RAPPORT_WINDEPLOYQT \"${RAPPORT_WINDEPLOYQT}\")")
    install(CODE "set(RAPPORT_BINDIR \"${CMAKE_INSTALL_BINDIR}\")")
    # vcpkg's toolchain file names the folder with the SQLCipher, libsodium and OpenSSL DLLs.
    install(CODE "set(RAPPORT_DLL_DIRS \"${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin\")")
    install(CODE [[
        set(bin "${CMAKE_INSTALL_PREFIX}/${RAPPORT_BINDIR}")
        execute_process(COMMAND "${RAPPORT_WINDEPLOYQT}" --no-translations --no-compiler-runtime
                                "${bin}/rapport.exe" "${bin}/rapport-cli.exe"
                        COMMAND_ERROR_IS_FATAL ANY)
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES "${bin}/rapport.exe" "${bin}/rapport-cli.exe"
            RESOLVED_DEPENDENCIES_VAR rapport_dlls
            UNRESOLVED_DEPENDENCIES_VAR rapport_unresolved
            DIRECTORIES ${RAPPORT_DLL_DIRS} "${bin}"
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
            POST_EXCLUDE_REGEXES "[Ss]ystem32")
        file(INSTALL ${rapport_dlls} DESTINATION "${bin}")
    ]])
    # The MSVC runtime DLLs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    find_program(RAPPORT_MACDEPLOYQT macdeployqt HINTS "${rapport_qt_bin}" REQUIRED)
    install(CODE "
        execute_process(COMMAND \"${RAPPORT_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Rapport.app\"
                    \"-executable=\${CMAKE_INSTALL_PREFIX}/Rapport.app/Contents/MacOS/rapport-cli\"
                COMMAND_ERROR_IS_FATAL ANY)
    ")
endif()

# CPack: common settings.
set(CPACK_PACKAGE_NAME "rapport")
set(CPACK_PACKAGE_VENDOR "The Rapport developers")
set(CPACK_PACKAGE_CONTACT "The Rapport developers <rapport@rapport.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Rapport is a private desktop companion for employee wellbeing programmes: clients \
track their Wellbeing Index and rate their Professional Alliance, decide what their professionals see, and keep \
everything in an encrypted local store. Includes rapport-cli for scripting and administration.")
# Debian's control file: CPack puts the summary on the first line (the synopsis, under 80 characters); the
# description follows in lines under 80 characters (lintian).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Rapport is a private desktop companion for employee wellbeing programmes.
Clients track their Wellbeing Index and rate their Professional Alliance,
decide what their professionals see, and keep everything in an encrypted
local store. HR sees only anonymised figures over groups large enough.
.
Includes rapport-cli for scripting and administration.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Rapport")
set(CPACK_PACKAGE_EXECUTABLES "rapport" "Rapport")
set(CPACK_PACKAGE_ICON "${RAPPORT_RESOURCES}/icons/app/rapport.ico")
set(CPACK_STRIP_FILES ON)
if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS")
    elseif(APPLE)
        set(CPACK_GENERATOR "DragNDrop")
    else()
        set(CPACK_GENERATOR "DEB")
    endif()
endif()

# Debian: dependencies computed from the executables by dpkg-shlibdeps (libqt6keychain1 among them), plus what is
# loaded at run time and so invisible to it: Qt's SVG icon engine and image plugin draw the icons, and QtKeychain
# opens libsecret with dlopen to reach the system keychain. A Secret Service to talk to is only recommended:
# without one Rapport asks for the hub password and keeps it in memory (docs/security.md).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # rapport_0.1.0_amd64.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# Windows: NSIS installer with a Start-menu entry and an uninstaller.
set(CPACK_NSIS_PACKAGE_NAME "Rapport")
set(CPACK_NSIS_DISPLAY_NAME "Rapport ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${RAPPORT_RESOURCES}/icons/app/rapport.ico")
set(CPACK_NSIS_MUI_UNIICON "${RAPPORT_RESOURCES}/icons/app/rapport.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\rapport.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The uninstaller removes the installing user's start-at-login value (core/common/StartAtLogin, docs/packaging.md).
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "DeleteRegValue HKCU \"Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run\" \"Rapport\"")
# Opening an invitation file (*.rapport-invitation) starts Rapport's join steps; the uninstaller removes the type.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCR '.rapport-invitation' '' 'Rapport.Invitation'
    WriteRegStr HKCR 'Rapport.Invitation' '' 'Rapport invitation'
    WriteRegStr HKCR 'Rapport.Invitation\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\rapport.exe,0'
    WriteRegStr HKCR 'Rapport.Invitation\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\rapport.exe\" --join \"%1\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCR '.rapport-invitation'
    DeleteRegKey HKCR 'Rapport.Invitation'
")

# macOS: a DMG to drag Rapport.app into Applications.
set(CPACK_DMG_VOLUME_NAME "Rapport ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)
