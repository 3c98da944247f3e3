import Foundation
import PaperGraphCLI

exit(PaperGraphCLI.run(Array(CommandLine.arguments.dropFirst())))
