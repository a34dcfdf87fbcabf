# Installs the build into a throwaway prefix and checks that every file a desktop needs is there.
set(prefix ${BUILD_DIR}/install-tree-check)
file(REMOVE_RECURSE ${prefix})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
set(expected
    bin/moderato bin/moderato-cli bin/moderato-graphsim
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/icons/hicolor/48x48/apps/${APP_ID}.png
    share/icons/hicolor/256x256/apps/${APP_ID}.png
    share/man/man1/moderato.1 share/man/man1/moderato-cli.1 share/man/man1/moderato-graphsim.1)
foreach(path ${expected})
    if(NOT EXISTS ${prefix}/${path})
        message(FATAL_ERROR "missing from the install tree: ${path}")
    endif()
endforeach()
foreach(page moderato moderato-cli moderato-graphsim)
    execute_process(COMMAND man -P cat -l ${prefix}/share/man/man1/${page}.1
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "man -l cannot render ${page}.1: ${err}")
    endif()
endforeach()
file(REMOVE_RECURSE ${prefix})
message(STATUS "install tree complete: ${expected}")
