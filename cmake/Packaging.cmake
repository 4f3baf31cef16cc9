# Desktop integration, installation and the Debian package.
#   cmake --install <build> --prefix /usr   binaries, icon, .desktop, AppStream metainfo, docs
#   cpack --config <build>/CPackConfig.cmake -G DEB   (or scripts/package-deb.sh)
# Translations, the user guide and the demo reviews are embedded in the binaries (Qt
# resources), so the installed program needs no data files of its own.
set(REVIEWDESK_APP_ID "invalid.example.ReviewDesk")

if(REVIEWDESK_BUILD_GUI)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${REVIEWDESK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${REVIEWDESK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/reviewdesk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    foreach(size IN ITEMS 16 24 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/reviewdesk-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME reviewdesk.png)
    endforeach()
endif()

# Documentation, in Debian's place for it (/usr/share/doc/<package>).
set(REVIEWDESK_DOC_DIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/reviewdesk")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${REVIEWDESK_DOC_DIR}" OPTIONAL)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${REVIEWDESK_DOC_DIR}"
    FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

# CPack: a .deb whose library dependencies dpkg-shlibdeps works out from the binaries; the
# Qt platform plugins and fonts are not libraries, so they are named here.
set(CPACK_PACKAGE_NAME "reviewdesk")
set(CPACK_PACKAGE_VENDOR "The ReviewDesk team")
set(CPACK_PACKAGE_CONTACT "ReviewDesk maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Review-management workbench for marketplace sellers")
set(CPACK_PACKAGE_DESCRIPTION
    "ReviewDesk gathers buyer reviews from Ozon, Amazon, Taobao and spreadsheets into one\n\
offline database, finds the negative ones first, classifies them by cause and helps the\n\
support team reply in the buyer's language. Desktop program (reviewdesk) and command line\n\
(reviewdesk-cli).")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(REVIEWDESK_BUILD_GUI)
    # qt6-qpa-plugins: the xcb/wayland platform plugins without which no window opens.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "fonts-noto-cjk, fonts-dejavu-core, qt6-translations-l10n, qt6-wayland")
endif()
include(CPack)
