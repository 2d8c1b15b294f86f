import type { APIRoute } from 'astro';
import { allTours } from '../lib/content/tour-list';

/**
 * The guided tours, as the explorer's tour code reads them (fetched from this origin only when
 * an address asks for a tour).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await allTours()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
