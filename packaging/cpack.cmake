# One CPack configuration for the three desktops; the version comes from project().
set(CPACK_PACKAGE_NAME "ichongqing-reader")
set(CPACK_PACKAGE_VENDOR "iChongqing")
set(CPACK_PACKAGE_CONTACT "iChongqing <service@ichongqing.info>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop news reader for iChongqing, online and offline")
# Lines under 80 characters: the .deb control file takes them as they are.
set(CPACK_PACKAGE_DESCRIPTION "Reads the news of Chongqing from iChongqing (www.ichongqing.info)
with its photos inline, keeps every article with its pictures for reading
offline, and shows it in a hardened view that runs no script and makes no
request of its own. The interface is in English and Chinese.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "iChongqing Reader")
set(CPACK_PACKAGE_EXECUTABLES "ichongqing-reader;iChongqing Reader")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/")

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/cpack-nsis.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/cpack-dmg.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/cpack-deb.cmake)
endif()

include(CPack)
