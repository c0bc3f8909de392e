from relradar.cli import main

main()
