import ArgumentParser

@main
struct Cunzhan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cunzhan",
        abstract: "村站：村级工作站终端",
        subcommands: [
            AppCommand.self, DemoCommand.self, CheckCommand.self, UserCommand.self, BenchCommand.self,
            KeyTestCommand.self, CalendarCommand.self, ImportCommand.self, ExportCommand.self,
        ],
        defaultSubcommand: AppCommand.self
    )
}
