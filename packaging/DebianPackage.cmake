# CPack DEB: a Debian package that uses the system's Qt 6 (>= 6.5: Debian 13 and newer).
# `packaging/dev package` builds it (packaging/make-packages.sh); packaging/check-deb.sh installs it into a
# clean Debian 13 root and runs lintian, desktop-file-validate and appstreamcli validate.
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "DAaaS Desktop developers <devs@daas-desktop.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
# the library dependencies come from the binaries themselves (dpkg-shlibdeps): archive packages only
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# the xcb platform plug-in is a separate package (qt6-qpa-plugins) that no binary links, and the SVG icon
# and image plug-ins (qt6-svg-plugins) draw the client's icons; without them the client does not start or
# shows no icons. QtKeychain loads libsecret by name (no binary links it, and libqt6keychain1 does not depend
# on it): without it "Remember me" and `daas login` fail against GNOME Keyring (found by check-deb.sh).
# A keychain and Qt's own translations are welcome but optional.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-svg-plugins, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, openssh-client")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.invalid/daas-desktop")
# the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY (the project's description); this is the rest
set(CPACK_PACKAGE_DESCRIPTION "Sign in once to a science facility, browse your experiments in the ICAT
catalogue and download their data, work in cloud analysis environments whose
desktops open in tabs (VNC, RDP, also from .rdp connection files), use your
persistent storage (WebDAV) and run jobs on the batch cluster.
.
This package holds the desktop client (daas-desktop) and the command line
(daas) on the same core.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Debian's own documentation files: copyright, a compressed changelog, manual pages
set(daas_deb "${PROJECT_SOURCE_DIR}/packaging/debian")
install(FILES ${daas_deb}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/daas-desktop)
install(CODE "
    set(root \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    file(MAKE_DIRECTORY \"\${root}/${CMAKE_INSTALL_DATADIR}/doc/daas-desktop\" \"\${root}/${CMAKE_INSTALL_MANDIR}/man1\")
    foreach(pair \"changelog;${CMAKE_INSTALL_DATADIR}/doc/daas-desktop/changelog.gz\"
                 \"daas.1;${CMAKE_INSTALL_MANDIR}/man1/daas.1.gz\"
                 \"daas-desktop.1;${CMAKE_INSTALL_MANDIR}/man1/daas-desktop.1.gz\")
        list(GET pair 0 from)
        list(GET pair 1 to)
        execute_process(COMMAND gzip -9nc \"${daas_deb}/\${from}\" OUTPUT_FILE \"\${root}/\${to}\"
            COMMAND_ERROR_IS_FATAL ANY)
        file(CHMOD \"\${root}/\${to}\" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    endforeach()")
