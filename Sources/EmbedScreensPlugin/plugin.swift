import Foundation
import PackagePlugin

/// Compiles the default `Screens/*.yaml` definitions into the target as Swift string literals.
///
/// The program then carries its defaults inside the binary, so it works with no files beside it, while
/// the YAML in `Screens/` stays the one place they are edited.
@main
struct EmbedScreensPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Screens")
        let inputs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedScreens.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) Screens/*.yaml definitions",
                executable: try context.tool(named: "embed-screens").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
