/// The best `capacity` elements of a stream, by `before`, without sorting everything: a search
/// may weigh thousands of candidates to show twenty.
struct TopK<Element> {
    let capacity: Int
    let before: (Element, Element) -> Bool
    /// A heap whose root is the worst element kept.
    private var heap: [Element] = []

    init(capacity: Int, before: @escaping (Element, Element) -> Bool) {
        self.capacity = capacity
        self.before = before
        heap.reserveCapacity(capacity)
    }

    mutating func insert(_ element: Element) {
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(element)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard before(heap[parent], heap[child]) else { break }   // parent better: swap so the worse rises
                heap.swapAt(parent, child)
                child = parent
            }
        } else if before(element, heap[0]) {
            heap[0] = element
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var worst = parent
                if left < heap.count, before(heap[worst], heap[left]) { worst = left }
                if right < heap.count, before(heap[worst], heap[right]) { worst = right }
                if worst == parent { break }
                heap.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// The kept elements, best first.
    func sorted() -> [Element] { heap.sorted(by: before) }
}
