# The .deb: libraries found by dpkg-shlibdeps from every ELF file in the package (the window
# module brings in Qt Widgets and Qt WebEngine); what it loads at run time without linking
# (the SQLite and SVG plugins) is named by hand; the WebEngine helper process comes with
# the shlibs of libqt6webenginecore6.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "news")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-image-formats-plugins, fonts-noto-cjk")
