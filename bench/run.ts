// The benchmark suite lands with the speed issue; see README.
export {};
