# mealdesk_add_icons(<target> SIZES <px>... FILES <svg>...)
# Renders each SVG to PNGs of the given sizes at build time and embeds them in <target> as
# :/icons/<name>-<size>.png (Icons::bundled() reads them): no SVG plugin is needed at run time.
function(mealdesk_add_icons target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SIZES;FILES")
    find_program(RSVG_CONVERT rsvg-convert REQUIRED)
    set(dir ${CMAKE_CURRENT_BINARY_DIR}/icons)
    set(pngs)
    foreach(svg ${arg_FILES})
        get_filename_component(name ${svg} NAME_WE)
        foreach(size ${arg_SIZES})
            set(png ${dir}/${name}-${size}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${svg}
                DEPENDS ${svg} VERBATIM)
            list(APPEND pngs ${png})
        endforeach()
    endforeach()
    qt_add_resources(${target} ${target}_icons PREFIX /icons BASE ${dir} FILES ${pngs})
endfunction()
