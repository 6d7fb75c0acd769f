/** Small shared pieces: jurisdiction code arithmetic and the errors every module reports the same way. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Common",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.ipcity.common;
