/** The peer packages of the benchmarks that ship without types: only what the benchmarks call. */
declare module 'roundrobin' {
  export default function robin<T>(players: number, names?: readonly T[]): [T, T][][];
}
