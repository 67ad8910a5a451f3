# Fails when a tr() string is not in the .ts files, or a translation is unfinished: run
# `cmake --build build --target update_translations`, translate, and commit both files.
add_test(NAME translations_complete
    COMMAND ${CMAKE_COMMAND}
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR}/app
        -DTS_DIR=${PROJECT_SOURCE_DIR}/translations
        -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/translations_check
        -P ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_translations.cmake)
