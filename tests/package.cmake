# The packaging files pass their validators, and the .deb installs, starts and removes cleanly.
# Linux only: the metainfo and desktop entry are Linux files, and the .deb needs dpkg and apt.
if(NOT UNIX OR APPLE)
    return()
endif()
set(_ichq_packaging "${PROJECT_SOURCE_DIR}/packaging")
add_test(NAME desktop_entry_valid
    COMMAND desktop-file-validate "${_ichq_packaging}/linux/info.ichongqing.Reader.desktop")
add_test(NAME metainfo_valid
    COMMAND appstreamcli validate --no-net
            "${PROJECT_BINARY_DIR}/packaging/info.ichongqing.Reader.metainfo.xml")
add_test(NAME package_deb
    COMMAND sh "${_ichq_packaging}/linux/test-deb.sh" "${PROJECT_BINARY_DIR}" "${PROJECT_VERSION}"
            "$<TARGET_FILE:tst_refresh_cli>")
set_tests_properties(desktop_entry_valid metainfo_valid package_deb PROPERTIES LABELS package)
set_tests_properties(package_deb PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77
    ENVIRONMENT "LC_ALL=C.UTF-8")
add_test(NAME version_is_one_number
    COMMAND ${CMAKE_COMMAND} -DAPP=$<TARGET_FILE:ichongqing-reader> -DVERSION=${PROJECT_VERSION}
        -DMETAINFO=${PROJECT_BINARY_DIR}/packaging/info.ichongqing.Reader.metainfo.xml
        -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_version.cmake)
set_tests_properties(version_is_one_number PROPERTIES LABELS package)
