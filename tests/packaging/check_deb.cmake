# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack into WORK_DIR (never into the build directory people package from),
# then reads it back with dpkg-deb: its control fields, its Depends computed by dpkg-shlibdeps, the
# files a desktop install needs, and that the unpacked binary runs.
#   cmake -DCPACK_COMMAND=… -DBUILD_DIR=… -DWORK_DIR=… -DSOURCE_DIR=… -DVERSION=… -DWITH_CLI=ON|OFF -P check_deb.cmake
foreach(variable IN ITEMS CPACK_COMMAND BUILD_DIR WORK_DIR SOURCE_DIR VERSION WITH_CLI)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "check_deb.cmake needs -D${variable}=…")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "failed (${result}): ${ARGN}\n${output}\n${error}")
    endif()
    set(output "${output}" PARENT_SCOPE)
endfunction()

function(expect text what)
    foreach(needle IN LISTS ARGN)
        string(FIND "${text}" "${needle}" at)
        if(at EQUAL -1)
            message(SEND_ERROR "${what} lacks \"${needle}\":\n${text}")
        endif()
    endforeach()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
run(${CPACK_COMMAND} -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}")
file(GLOB debs "${WORK_DIR}/costboard_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one costboard_*.deb in ${WORK_DIR}, found: ${debs}")
endif()
set(deb "${debs}")
message(STATUS "built ${deb}")

run(dpkg-deb --field "${deb}")
set(control "${output}")
message(STATUS "control:\n${control}")
expect("${control}" "the control file"
    "Package: costboard\n" "Version: ${VERSION}" "Architecture: amd64\n" "Section: utils\n"
    "Priority: optional\n" "Maintainer: CostBoard maintainers <" "Homepage: https://"
    "Description: Generative-AI project costs, week by week, against budget\n CostBoard shows")
run(dpkg-deb --field "${deb}" Depends)
set(depends "${output}")
# What dpkg-shlibdeps found in the binaries (with versions), and what it cannot see: the SQLite
# driver plugin, and libxlsxwriter, opened at the first Excel export.
expect("${depends}" "Depends"
    "libqt6widgets6 (>=" "libqt6svg6 (>=" "libqt6gui6 (>=" "libqt6sql6 (>=" "libqt6core6 (>="
    "libsqlite3-0 (>=" "libspdlog1" "libc6 (>=" "libqt6sql6-sqlite" "libxlsxwriter4")
# The charts paint themselves: Qt Charts is neither linked nor needed.
string(FIND "${depends}" "libqt6charts" charts)
if(NOT charts EQUAL -1)
    message(SEND_ERROR "Depends names Qt Charts: ${depends}")
endif()
string(FIND "${depends}" "-dev" dev)
if(NOT dev EQUAL -1)
    message(SEND_ERROR "Depends names a development package: ${depends}")
endif()

run(dpkg-deb --contents "${deb}")
set(contents "${output}")
set(app_id org.costboard.CostBoard)
set(expected
    ./usr/bin/costboard
    ./usr/share/applications/${app_id}.desktop
    ./usr/share/metainfo/${app_id}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${app_id}.svg
    ./usr/share/man/man1/costboard.1.gz
    ./usr/share/doc/costboard/copyright)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
    list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/${app_id}.png)
endforeach()
if(WITH_CLI)
    list(APPEND expected ./usr/bin/costboard-cli ./usr/share/man/man1/costboard-cli.1.gz)
endif()
if(IS_DIRECTORY "${SOURCE_DIR}/resources/guide")
    file(GLOB_RECURSE guide RELATIVE "${SOURCE_DIR}/resources/guide" "${SOURCE_DIR}/resources/guide/*")
    foreach(page IN LISTS guide)
        list(APPEND expected ./usr/share/doc/costboard/guide/${page})
    endforeach()
endif()
foreach(path IN LISTS expected)
    # dpkg-deb lists a file as "… ./path" and a symbolic link as "… ./path -> target".
    string(FIND "${contents}" " ${path}\n" as_file)
    string(FIND "${contents}" " ${path} -> " as_link)
    if(as_file EQUAL -1 AND as_link EQUAL -1)
        message(SEND_ERROR "the package lacks ${path}:\n${contents}")
    endif()
endforeach()

# Unpacked (not installed), the binary runs on this system's libraries and is stripped.
set(root "${WORK_DIR}/root")
run(dpkg-deb --extract "${deb}" "${root}")
run("${root}/usr/bin/costboard" --version)
expect("${output}" "costboard --version" "costboard ${VERSION}")
run(file "${root}/usr/bin/costboard")
expect("${output}" "file costboard" ", stripped")
run(gzip --test "${root}/usr/share/man/man1/costboard.1.gz")
file(REMOVE_RECURSE "${root}")
