# The Debian package: `cmake --workflow --preset package` writes
# build/release/relayaudit_<version>_<arch>.deb.
#
# Shared-library dependencies are computed by dpkg-shlibdeps from the
# installed executables, not listed by hand. Only what no executable links
# but the program needs at run time is named here:
#   uap-core    ua-parser's regexes.yaml, read when a link click is recorded
#   libqt6svg6  Qt's SVG image and icon plugins (the icons are SVG)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME relayaudit)
set(CPACK_PACKAGE_VENDOR "Relay Audit")
set(CPACK_PACKAGE_CONTACT "Relay Audit maintainers <relayaudit@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Relay Audit is the desktop console for support engineers and compliance reviewers of an SMS and
WhatsApp relay: investigate deliveries, pull provider usage reports into an encrypted cache that deletes
itself after seven days, see segment and campaign breakdowns, check what is retained, audit
subscriber-access sessions and export client usage reports. relayaudit-cli does the same headless.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "uap-core")
if(RELAYAUDIT_BUILD_UI)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqt6svg6")
endif()
# Qt's own strings (file dialogs, buttons) in the user's language; a keyring
# for the keychain; Wayland without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager, qt6-wayland")
# postinst: the system user relayaudit-engine.service runs as.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/packaging/debian/postinst")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
