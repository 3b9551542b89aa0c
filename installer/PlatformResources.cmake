# daas_platform_resources(TARGET DESCRIPTION "…" [BUNDLE]): what Windows and macOS want inside an
# executable besides its code, made from the icons resources/CMakeLists.txt generates from daas.svg.
#  - Windows: a generated .rc with the icon (daas.ico) and the version information Explorer shows.
#  - macOS (BUNDLE): daas.icns in the bundle's Resources, Info.plist from installer/macos/Info.plist.in
#    (bundle id, version, the .rdp document type).
# Elsewhere nothing: Linux takes the icon from the hicolor theme (resources/CMakeLists.txt installs it).
set(DAAS_ICON_DIR "${PROJECT_BINARY_DIR}/resources/generated-icons") # daas_icons writes here
set(DAAS_BUNDLE_ID "org.daas-desktop.client")

function(daas_platform_resources target)
    cmake_parse_arguments(ARG "BUNDLE" "DESCRIPTION" "" ${ARGN})
    if(WIN32)
        set(DAAS_RC_TARGET ${target})
        set(DAAS_RC_FILE_NAME "${target}.exe")
        set(DAAS_RC_DESCRIPTION "${ARG_DESCRIPTION}")
        file(TO_NATIVE_PATH "${DAAS_ICON_DIR}/daas.ico" DAAS_RC_ICON)
        string(REPLACE "\\" "\\\\" DAAS_RC_ICON "${DAAS_RC_ICON}")
        set(CPACK_PACKAGE_VENDOR "DAaaS Desktop developers")
        set(rc "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc")
        configure_file("${PROJECT_SOURCE_DIR}/installer/windows/daas.rc.in" "${rc}" @ONLY)
        target_sources(${target} PRIVATE "${rc}")
        # the resource compiler reads the icon: it must exist first, and a new one recompiles the .rc
        set_source_files_properties("${rc}" PROPERTIES OBJECT_DEPENDS "${DAAS_ICON_DIR}/daas.ico")
        add_dependencies(${target} daas_icons)
    elseif(APPLE AND ARG_BUNDLE)
        set(icns "${DAAS_ICON_DIR}/daas.icns")
        target_sources(${target} PRIVATE "${icns}")
        set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
        add_dependencies(${target} daas_icons)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/installer/macos/Info.plist.in"
            MACOSX_BUNDLE_ICON_FILE daas.icns
            MACOSX_BUNDLE_GUI_IDENTIFIER "${DAAS_BUNDLE_ID}"
            MACOSX_BUNDLE_BUNDLE_NAME "DAaaS Desktop"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_COPYRIGHT "DAaaS Desktop developers"
            XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${DAAS_BUNDLE_ID}")
    endif()
endfunction()
