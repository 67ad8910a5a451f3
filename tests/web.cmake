# ichq_web: the article pane in Qt WebEngine (offscreen; the sandbox is off in the test env).
set(_ichq_web_support web/WebTestSupport.h)

ichq_add_test(tst_web_content SOURCES web/tst_web_content.cpp ${_ichq_web_support}
    LIBS ichq_web Qt6::Sql)
ichq_add_test(tst_web_security SOURCES web/tst_web_security.cpp ${_ichq_web_support}
    LIBS ichq_web Qt6::Sql)
# tst_web_view looks for the QQuickWidget the engine draws into (its window must suit it).
find_package(Qt6 REQUIRED COMPONENTS QuickWidgets)
ichq_add_test(tst_web_view SOURCES web/tst_web_view.cpp ${_ichq_web_support}
    LIBS ichq_web Qt6::Sql Qt6::QuickWidgets)
target_compile_definitions(tst_web_view PRIVATE
    ICHQ_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots")
