# Installs the build into a scratch prefix, checks the layout, then builds the Debian package
# and checks that it declares its dependencies.
#   cmake -DBUILD_DIR=<build> -DWORK_DIR=<scratch> -DAPP_ID=<id> -DLANGUAGES=de,es
#         [-DCPACK=<cpack>] [-DDPKG_DEB=<dpkg-deb>] [-DLINTIAN=<lintian>] -P check_package.cmake
foreach(var BUILD_DIR WORK_DIR APP_ID LANGUAGES)
  if(NOT ${var})
    message(FATAL_ERROR "check_package: ${var} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
set(root ${WORK_DIR}/root)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${root}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}): ${err}")
endif()

set(expected bin/fluxlens bin/fluxlens-cli share/applications/${APP_ID}.desktop
             share/metainfo/${APP_ID}.metainfo.xml share/icons/hicolor/scalable/apps/${APP_ID}.svg
             share/doc/fluxlens/copyright share/doc/fluxlens/changelog.gz
             share/man/man1/fluxlens.1.gz share/man/man1/fluxlens-cli.1.gz
             share/fluxlens/koppen/Beck_KG_V1_present_0p083.tif share/fluxlens/koppen/legend.txt)
foreach(px 16 32 48 64 128 256)
  list(APPEND expected share/icons/hicolor/${px}x${px}/apps/${APP_ID}.png)
endforeach()
string(REPLACE "," ";" languages "${LANGUAGES}")
foreach(lang ${languages})
  list(APPEND expected share/fluxlens/translations/fluxlens_${lang}.qm)
endforeach()
set(missing "")
foreach(f ${expected})
  if(NOT EXISTS ${root}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed: ${missing}")
endif()
list(LENGTH expected count)
message(STATUS "install layout: ${root} has all ${count} expected files")

if(NOT CPACK OR NOT DPKG_DEB)
  message(STATUS "cpack or dpkg-deb missing: the Debian package is not checked")
  return()
endif()
execute_process(COMMAND ${CPACK} -G DEB -B ${WORK_DIR}/deb --config ${BUILD_DIR}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB debs ${WORK_DIR}/deb/*.deb)
if(NOT rc EQUAL 0 OR NOT debs)
  message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}\n${err}")
endif()
list(GET debs 0 deb)
execute_process(COMMAND ${DPKG_DEB} --field ${deb} Depends OUTPUT_VARIABLE depends
                RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
# dpkg-shlibdeps adds the libraries the binaries link; the rest is declared in packaging/.
foreach(package libqt6core6 libqt6widgets6 libgdal libproj libsqlite3 qt6-qpa-plugins)
  if(NOT depends MATCHES "${package}")
    message(FATAL_ERROR "${deb}: Depends lacks ${package}: ${depends}")
  endif()
endforeach()
execute_process(COMMAND ${DPKG_DEB} --contents ${deb} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT contents MATCHES "\\./usr/share/doc/fluxlens/copyright")
  message(FATAL_ERROR "${deb}: no /usr/share/doc/fluxlens/copyright")
endif()
file(STRINGS ${root}/share/doc/fluxlens/copyright format LIMIT_COUNT 1)
if(NOT format MATCHES "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
  message(FATAL_ERROR "share/doc/fluxlens/copyright is not in the DEP-5 format: ${format}")
endif()
if(LINTIAN)
  execute_process(COMMAND ${LINTIAN} --tag-display-limit 0 ${deb} OUTPUT_VARIABLE findings
                  ERROR_VARIABLE lintianErrors)
  string(REGEX MATCHALL "[EW]: [^\n]*" problems "${findings}")
  if(problems)
    string(REPLACE ";" "\n" problems "${problems}")
    message(FATAL_ERROR "${deb}: lintian reports\n${problems}")
  endif()
  message(STATUS "lintian: no errors or warnings")
endif()
message(STATUS "${deb}\nDepends: ${depends}")
