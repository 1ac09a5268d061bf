# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (issue 15): `cpack -G DEB` in a build directory, or scripts/package.
# The version is project(VERSION) plus the Debian revision of packaging/debian/changelog, which
# must agree (checked here). Dependencies: dpkg-shlibdeps for what the binary links, plus what Qt
# loads at run time (platform, image-format and SQL plugins, its translations) and the CJK font
# of the PDF report, which no linker sees.
# cpack (and `ninja install`) install what is built and build nothing themselves: scripts/package
# builds first, and the package test runs after the build, so cpack never starts a second compile
# of the whole tree (tests included) in the middle of a test run.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(IR_DEB_REVISION 1)
set(IR_DEB_VERSION ${PROJECT_VERSION}-${IR_DEB_REVISION})
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog IR_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT IR_CHANGELOG_TOP MATCHES "^interview-recorder \\(${IR_DEB_VERSION}\\) ")
    message(FATAL_ERROR "packaging/debian/changelog starts with '${IR_CHANGELOG_TOP}', not version "
                        "${IR_DEB_VERSION} (project(VERSION) ${PROJECT_VERSION}, revision ${IR_DEB_REVISION}): "
                        "add an entry for it")
endif()

# The AppStream metainfo names the same release (its newest <release> comes first).
file(READ ${PROJECT_SOURCE_DIR}/packaging/${IR_APP_ID}.metainfo.xml IR_METAINFO)
if(NOT IR_METAINFO MATCHES "<release version=\"${PROJECT_VERSION}\" date=\"${IR_RELEASE_DATE}\"")
    message(FATAL_ERROR "packaging/${IR_APP_ID}.metainfo.xml has no <release version=\"${PROJECT_VERSION}\" "
                        "date=\"${IR_RELEASE_DATE}\"/> (project(VERSION) and IR_RELEASE_DATE)")
endif()

# /usr/share/doc/interview-recorder: the DEP-5 copyright file and the changelog, gzip -n (no
# time stamp, as lintian wants).
set(IR_DOC_DIR share/doc/interview-recorder)
find_program(GZIP_EXE gzip REQUIRED)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/changelog.Debian.gz
    COMMAND ${GZIP_EXE} -9nc ${PROJECT_SOURCE_DIR}/packaging/debian/changelog > ${CMAKE_BINARY_DIR}/changelog.Debian.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog)
add_custom_target(ir_debian_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.Debian.gz)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${CMAKE_BINARY_DIR}/changelog.Debian.gz
        DESTINATION ${IR_DOC_DIR})
set(IR_SWAGGER_DIST ${PROJECT_SOURCE_DIR}/resources/docs/node_modules/swagger-ui-dist)
# (Its LICENSE is the Apache License 2.0, which copyright points at in /usr/share/common-licenses.)
install(FILES ${IR_SWAGGER_DIST}/NOTICE
              ${IR_SWAGGER_DIST}/swagger-ui-bundle.js.LICENSE.txt
              ${IR_SWAGGER_DIST}/swagger-ui-standalone-preset.js.LICENSE.txt
        DESTINATION ${IR_DOC_DIR}/swagger-ui)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/lintian-overrides
        DESTINATION share/lintian/overrides RENAME interview-recorder)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME interview-recorder)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Interview Recorder contributors")
set(CPACK_PACKAGE_CONTACT "Interview Recorder contributors <interview-recorder@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "record interviews, with a Dify-compatible HTTP API")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE ${IR_DEB_REVISION})
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE IR_DEB_ARCH OUTPUT_STRIP_TRAILING_WHITESPACE
                ERROR_QUIET)
if(NOT IR_DEB_ARCH)
    set(IR_DEB_ARCH amd64)
endif()
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${IR_DEB_ARCH})
set(CPACK_DEBIAN_FILE_NAME interview-recorder_${IR_DEB_VERSION}_${IR_DEB_ARCH}.deb)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/interviewrecorder/interview-recorder)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the offscreen and xcb platforms are in
# libqt6gui6 (shlibdeps), Wayland and the others in qt6-qpa-plugins; the SVG icon; the SQLite
# and PostgreSQL drivers; Qt's own Chinese strings; the CJK font the PDF report embeds.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite, libqt6sql6-psql, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-15")
# The long description under the synopsis (CPack indents it; the empty line becomes " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Interview Recorder keeps the questions, the candidate's answers, the
interviewer's feedback and the scores of every interview in a local
database, with scorecards, interview kits, a question bank and
candidates' profiles. It exports PDF, Markdown, HTML, CSV and JSON.

An embedded HTTP server speaks the JSON API of Dify interview workflows,
so that an LLM workflow posts sessions and questions while the window
shows them live; it also runs without a window as a systemd user service
(interview-recorder --headless). Several instances can share one
PostgreSQL database. English and Simplified Chinese.")
include(CPack)
