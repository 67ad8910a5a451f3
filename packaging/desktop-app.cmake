# Turns the executable into what each desktop expects: a Windows GUI program with its icon and
# version resource, a macOS bundle with Info.plist and icon, and, on Windows and macOS, Qt
# deployed beside it at install time. Linux packages use the system's Qt instead.
function(ichq_make_desktop_app exe)
    if(WIN32)
        set(ICHQ_WINDOWS_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/ichongqing-reader.ico")
        configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/ichongqing-reader.rc.in
            ${CMAKE_CURRENT_BINARY_DIR}/ichongqing-reader.rc @ONLY)
        target_sources(${exe} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/ichongqing-reader.rc)
        set_target_properties(${exe} PROPERTIES WIN32_EXECUTABLE TRUE)
    elseif(APPLE)
        set(icns "${PROJECT_SOURCE_DIR}/packaging/macos/ichongqing-reader.icns")
        set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(${exe} PRIVATE ${icns})
        set_target_properties(${exe} PROPERTIES
            MACOSX_BUNDLE TRUE
            MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
            MACOSX_BUNDLE_GUI_IDENTIFIER "info.ichongqing.Reader"
            MACOSX_BUNDLE_BUNDLE_NAME "iChongqing Reader"
            MACOSX_BUNDLE_ICON_FILE "ichongqing-reader.icns"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "Copyright © iChongqing. GPL-3.0-or-later.")
    endif()

    # Installed after the executable (call this after its install rule): windeployqt or
    # macdeployqt bring the Qt libraries, plugins, translations and QtWebEngineProcess.
    if(WIN32 OR APPLE)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            set(script_keyword OUTPUT_SCRIPT) # 6.4's FILENAME_VARIABLE was renamed
        else()
            set(script_keyword FILENAME_VARIABLE)
        endif()
        qt_generate_deploy_app_script(TARGET ${exe} ${script_keyword} deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script})
    endif()
endfunction()
