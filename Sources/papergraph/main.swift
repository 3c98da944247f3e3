print("papergraph")
