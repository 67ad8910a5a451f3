# The Windows installer: NSIS with a Start menu shortcut (from CPACK_PACKAGE_EXECUTABLES),
# an uninstaller and the licence page.
# The Qt libraries and plugins are put beside the executable by the deploy script (windeployqt).
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "iChongqing Reader")
set(CPACK_NSIS_DISPLAY_NAME "iChongqing Reader ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/ichongqing-reader.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/ichongqing-reader.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ichongqing-reader.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "service@ichongqing.info")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "ichongqing-reader.exe")
