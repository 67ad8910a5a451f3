# The reader window (ichq_ui) under the offscreen platform. Each test keeps its store in a
# temporary folder; screenshots land in the build tree for a person to look at.
set(ICHQ_UI_TEST_SUPPORT ui/UiTestSupport.h ui/UiTestSupport.cpp store/StoreFixtures.h)
foreach(_ui_test tst_articlelistmodel tst_mainwindow tst_readerrefresh)
    ichq_add_test(${_ui_test} SOURCES ui/${_ui_test}.cpp ${ICHQ_UI_TEST_SUPPORT} LIBS ichq_ui
        TIMEOUT 180)
    target_include_directories(${_ui_test} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_definitions(${_ui_test} PRIVATE
        ICHQ_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
endforeach()
