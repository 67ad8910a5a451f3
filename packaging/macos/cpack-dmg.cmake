# The macOS disk image: the app bundle beside a link to /Applications, to drag it across.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "iChongqing Reader")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/ichongqing-reader.icns")
# A GPL reader needs no click-through agreement; the licence travels inside the bundle.
unset(CPACK_RESOURCE_FILE_LICENSE)
