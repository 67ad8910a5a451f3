# The reader window (ichq_ui) under the offscreen platform. Each test keeps its store in a
# temporary folder; screenshots land in the build tree for a person to look at.
set(ICHQ_UI_TEST_SUPPORT ui/UiTestSupport.h ui/UiTestSupport.cpp store/StoreFixtures.h
    store/RefreshWriteLock.h)
foreach(_ui_test tst_articlelistmodel tst_mainwindow tst_readerrefresh tst_dialogs
        tst_deletemydata tst_dialogshots tst_language tst_edition tst_wholearticles_window
        tst_sectionlistmodel tst_exportfilename tst_thumbnailimage tst_articlelistpane
        tst_messageform tst_settingsaddresses tst_accessibility tst_appearance
        tst_articlelistdelegate tst_userinputwatcher tst_markallread)
    ichq_add_test(${_ui_test} SOURCES ui/${_ui_test}.cpp ${ICHQ_UI_TEST_SUPPORT} LIBS ichq_ui
        TIMEOUT 180)
    target_include_directories(${_ui_test} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_definitions(${_ui_test} PRIVATE
        ICHQ_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
endforeach()

# The app's Chinese translation, as qt_add_translations compiles it for the executable (which
# embeds it): the screenshots switch to it at run time.
target_compile_definitions(tst_dialogshots PRIVATE
    ICHQ_ZH_QM="${PROJECT_BINARY_DIR}/app/ichongqing-reader_zh_CN.qm")
add_dependencies(tst_dialogshots ichongqing-reader_lrelease)

# The language toggle switches between the app's built translations (the test binary embeds none).
foreach(_ui_test tst_language tst_edition tst_mainwindow tst_wholearticles_window
        tst_accessibility)
    target_compile_definitions(${_ui_test} PRIVATE ICHQ_QM_DIR="${PROJECT_BINARY_DIR}/app")
    add_dependencies(${_ui_test} ichongqing-reader_lrelease)
endforeach()
