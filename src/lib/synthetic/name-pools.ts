/**
 * Name pools for synthetic people. Kept apart from the generator so the data
 * can grow without burying the logic. Spellings follow local usage: Belizean
 * Spanish surnames are often registered without accents, Peruvians write
 * "Gonzales", Puerto Ricans "de Jesús", and so on.
 */

const words = (text: string): readonly string[] =>
  text
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);

// ---------------------------------------------------------------- given names

export const HISPANIC_FEMALE = words(`
  María, Ana, Rosa, Carmen, Juana, Lucía, Sofía, Valentina, Camila, Isabella, Daniela,
  Gabriela, Mariana, Fernanda, Andrea, Paola, Carolina, Alejandra, Natalia, Verónica,
  Patricia, Claudia, Mónica, Sandra, Elena, Inés, Beatriz, Teresa, Guadalupe, Mercedes,
  Rosario, Dolores, Consuelo, Concepción, Graciela, Isabel, Cristina, Adriana, Silvia,
  Lorena, Diana, Karla, Jessica, Jimena, Ximena, Abigail, Valeria, Luciana, Antonella,
  Renata, Regina, Paula, Julia, Martina, Victoria, Alexandra, Angélica, Ángela, Raquel,
  Noemí, Rut, Esther, Miriam, Marisol, Maribel, Maritza, Milagros, Soledad, Pilar, Marta,
  Leticia, Susana, Flor, Estefanía, Dayana, Yuliana, Wendy, Evelyn, Tatiana, Rocío, Gloria,
  Esperanza, Josefina, Luz, Liliana, Margarita, Aracely, Elizabeth, Sara, Lourdes, Yolanda,
  Francisca, Antonia, Catalina, Juliana, Ariana, Brenda, Mayra, Johana, Katherine, Jazmín,
  Belén, Emilia, Melany, Nicole, Samantha, Alison, Yadira, Zoila, Nancy, Norma, Irma
`);

export const HISPANIC_FEMALE_COMPOUND = words(`
  María José, María Fernanda, Ana María, María Isabel, Rosa María, María Elena, Ana Lucía,
  María del Carmen, María de los Ángeles, María Guadalupe, Luz María, María Teresa,
  María del Rosario, María del Pilar, Ana Belén, María Alejandra, María Paz, María Jesús
`);

export const HISPANIC_MALE = words(`
  José, Juan, Luis, Carlos, Jorge, Miguel, Pedro, Jesús, Martín, Ángel, Francisco, Ignacio,
  Antonio, Manuel, Alejandro, Fernando, Ricardo, Roberto, Eduardo, Enrique, Guillermo,
  Alberto, Andrés, Diego, Santiago, Mateo, Sebastián, Nicolás, Samuel, Gabriel, Daniel,
  David, Pablo, Sergio, Raúl, Javier, Óscar, Víctor, Hugo, Rafael, Ramón, Gonzalo, Rodrigo,
  Esteban, Emilio, Julio, César, Héctor, Iván, Joel, Kevin, Brayan, Anthony, Cristian,
  Franklin, Edwin, Edgar, Marvin, Nelson, Walter, Wilson, Freddy, Jonathan, Alexis, Adrián,
  Axel, Thiago, Benjamín, Tomás, Felipe, Lucas, Leonardo, Emmanuel, Josué, Elías, Abel,
  Ismael, Moisés, Aarón, Isaac, Efraín, Rubén, Armando, Alfredo, Arturo, Ernesto, Gustavo,
  Mario, Orlando, Rolando, Saúl, Domingo, Fidel, Leonel, Dylan, Jairo, Álvaro, Marcos,
  Fabián, Mauricio, Omar, Julián, Agustín, Gerardo, Hernán, Jaime, Joaquín, Lorenzo
`);

export const HISPANIC_MALE_COMPOUND = words(`
  José Luis, Juan Carlos, Luis Fernando, Juan Pablo, José Manuel, Miguel Ángel,
  Carlos Alberto, Jesús Alberto, José Antonio, Juan José, Juan de Dios, Luis Ángel,
  José de Jesús, Luis Miguel, Juan Manuel, José Miguel, Marco Antonio, Juan Diego
`);

/** Names that are markedly more frequent in one country than elsewhere. */
export const COUNTRY_FEMALE = {
  BO: words(
    "Rosmery, Yeni, Ruth, Yesica, Lizeth, Mirian, Roxana, Marleny, Sonia, Edith, Gladys, Judith, Vilma, Jhoselin, Nayeli",
  ),
  CL: words(
    "Florencia, Constanza, Javiera, Trinidad, Josefa, Isidora, Maite, Macarena, Agustina, Amanda, Fernanda, Catalina, Ayelén, Millaray, Rayén",
  ),
  CR: words(
    "Fiorella, Yendry, Hazel, Yorleny, Keylin, Ashley, Melissa, Priscilla, Marianela, Vanessa, Sharon, Dayana, Mariela, Xinia",
  ),
  EC: words(
    "Dayanna, Mishell, Jhoselyn, Mayerli, Doménica, Emily, Anahí, Kerly, Cinthya, Nayeli, Sisa, Killa, Tamia, Génesis",
  ),
  GT: words(
    "Yesenia, Heidy, Ingrid, Dulce María, Lesbia, Sindy, Marleny, Aura, Glenda, Iris, Yoselin, Astrid, Lilian, Mildred",
  ),
  NI: words(
    "Darling, Scarleth, Heysell, Francela, Xiomara, Jessenia, Tania, Meyling, Arlen, Keyling, Massiel, Yahoska, Ruth, Marbely",
  ),
  PE: words(
    "Rosmery, Yeni, Milagros, Lizbeth, Roxana, Mirella, Yanet, Nélida, Celia, Luzmila, Kiara, Fiorella, Shirley, Yesenia",
  ),
  PR: words(
    "Yamilet, Génesis, Coral, Xiomara, Yarelis, Kiara, Nahomi, Yaritza, Zuleika, Keishla, Nilda, Yesenia, Glorimar, Zoraida",
  ),
} as const;

export const COUNTRY_MALE = {
  BO: words(
    "Wilber, Nilton, Percy, Grober, Ronald, Wilfredo, Hernán, Teófilo, Yuri, Jhon, Elmer, Henry, Alcides, Abdón, Limbert",
  ),
  CL: words(
    "Vicente, Matías, Cristóbal, Bastián, Maximiliano, Renato, Gaspar, Alonso, Clemente, Benjamín, Joaquín, Nahuel, Lautaro",
  ),
  CR: words(
    "Allan, Keylor, Greivin, Yeison, Randall, Minor, Jeison, Olman, Warner, Esteban, Fabián, Gerardo, Johnny",
  ),
  EC: words(
    "Jhon, Stalin, Jefferson, Jordy, Kléber, Fausto, Darwin, Washington, Bryan, Byron, Inti, Amaru, Wilmer, Segundo",
  ),
  GT: words(
    "Byron, Selvin, Wilmer, Mynor, Otto, Estuardo, Erick, Melvin, Elmer, Hendrick, Brayan, Jeferson, Kenneth, Rony",
  ),
  NI: words(
    "Yader, Bayardo, Ervin, Norlan, Yasser, Elvin, Denis, Yelsin, Danilo, Augusto, Marlon, Francisco, Ariel",
  ),
  PE: words(
    "Wilber, Edwin, Nilton, Percy, Rolando, Teófilo, Yuri, Jhon, Elmer, Henry, Jhonatan, Renzo, Piero, Alcides",
  ),
  PR: words(
    "Yadiel, Jadiel, Yandel, Jeremy, Jaziel, Kelvin, Yamil, Reinaldo, Wilfredo, Jean Carlos, Yariel, Edgardo, Luis Ángel",
  ),
} as const;

/** Indigenous Guatemalan families mostly use Spanish saints' names. */
export const MAYA_FEMALE = words(`
  Juana, Petrona, Manuela, Candelaria, Rosalía, Micaela, Catarina, Tomasa, Feliciana,
  Sebastiana, Marcelina, Lucía, Magdalena, Dominga, Francisca, Ixchel, Rosalina, Andrea
`);

export const MAYA_MALE = words(`
  Sebastián, Diego, Tomás, Domingo, Mateo, Pascual, Gaspar, Baltazar, Crisanto, Nicolás,
  Francisco, Santos, Lorenzo, Marcos, Eligio, Cornelio, Aurelio, Ezequiel, Santiago, Manuel
`);

export const ENGLISH_FEMALE = words(`
  Shanice, Keisha, Tiffany, Ashley, Jada, Kimberly, Brittany, Shakira, Destiny, Jasmine,
  Aaliyah, Crystal, Monique, Tamara, Samantha, Michelle, Nicole, Stephanie, Angelina, Chantel,
  Latoya, Kayla, Zoe, Trinity, Sharon, Janelle, Abigail, Naomi, Ruth, Esther, Marcia, Cheryl,
  Gail, Kiana, Ayesha, Danielle, Vanessa, Emily, Hannah, Grace
`);

export const ENGLISH_MALE = words(`
  Jason, Kevin, Dwayne, Andre, Jamal, Akeem, Brandon, Tyrone, Shawn, Marlon, Delroy, Dion,
  Keon, Jaden, Tyrese, Darnell, Kareem, Leroy, Wendell, Clifford, Rudolph, Elvis, Mervin,
  Michael, Christopher, Joshua, Jordan, Nathan, Elijah, Isaiah, Ryan, Justin, Terrence,
  Kenrick, Shane, Dillon, Kirk, Glenford, Hubert, Anthony
`);

export const MENNONITE_FEMALE = words(
  "Maria, Anna, Helena, Katharina, Margaretha, Sara, Susanna, Aganetha, Elisabeth, Justina",
);
export const MENNONITE_MALE = words(
  "Abram, Jacob, Peter, Johan, Heinrich, Cornelius, Isaak, Franz, David, Bernhard, Gerhard, Wilhelm",
);

// ------------------------------------------------------------------ surnames

export const HISPANIC_SURNAMES = words(`
  García, Rodríguez, López, Hernández, González, Pérez, Martínez, Sánchez, Ramírez, Flores,
  Gómez, Díaz, Torres, Vargas, Castillo, Jiménez, Morales, Ortiz, Gutiérrez, Chávez, Ramos,
  Reyes, Cruz, Mendoza, Álvarez, Ruiz, Aguilar, Medina, Herrera, Castro, Romero, Rivera,
  Moreno, Vásquez, Guzmán, Salazar, Rojas, Núñez, Espinoza, Ortega, Navarro, Cabrera, Méndez,
  Domínguez, Fuentes, Figueroa, Paredes, Peña, Campos, Vega, Sandoval, Cordero, Solís,
  Villalobos, Alfaro, Zúñiga, Arias, Molina, Suárez, Delgado, Acosta, Guerrero, Cárdenas,
  Ríos, Silva, Contreras, Muñoz, Soto, Serrano, Luna, León, Carrillo, Barrios, Orellana
`);

/** Surnames with a particle; rare, but they break naive "two surnames" parsing. */
export const PARTICLE_SURNAMES = words(`
  de la Cruz, de León, de la Rosa, del Valle, de Jesús, de la Torre, del Río, de los Santos
`);

export const COUNTRY_SURNAMES = {
  BO: words(`Vaca, Justiniano, Áñez, Saucedo, Ribera, Arteaga, Salvatierra, Torrico, Rocha, Soliz,
    Villarroel, Cuéllar, Zeballos, Quiroga, Montaño, Terrazas, Guzmán, Vargas, Fernández, Choque`),
  CL: words(`Sepúlveda, Valenzuela, Tapia, Araya, Pizarro, Carrasco, Cortés, Jara, Vergara, Riquelme,
    Miranda, Bravo, Vera, Olivares, Alarcón, Gallardo, Garrido, Henríquez, Saavedra, Aguilera,
    Parra, Aravena, Vidal, Cáceres, Poblete, Fuentealba, Yáñez, Bustos, Lagos, Ulloa`),
  CR: words(`Mora, Solano, Alvarado, Araya, Quesada, Chaves, Calderón, Brenes, Madrigal, Víquez, Ulate,
    Barquero, Chinchilla, Segura, Fallas, Monge, Picado, Granados, Badilla, Céspedes, Umaña,
    Esquivel, Murillo, Porras, Sibaja, Zamora, Cascante, Arce, Valverde, Leiva`),
  EC: words(`Zambrano, Vera, Cedeño, Alcívar, Intriago, Macías, Andrade, Moreira, Velásquez, Ordóñez,
    Benítez, Villacís, Carrera, Naranjo, Cevallos, Pazmiño, Erazo, Jácome, Montalvo, Aguirre,
    Mejía, Bermeo, Loor, Ponce, Quiñónez, Bustamante, Cortez, Palacios`),
  GT: words(`Girón, Monterroso, Recinos, Orantes, Cifuentes, Estrada, Barrios, Samayoa, Archila,
    Castañeda, Juárez, Godoy, Pineda, Escobar, Marroquín, Sagastume, Ochoa, Alvarado, Lemus,
    Cabrera, Velásquez, Mazariegos, Rosales, Arana`),
  NI: words(`Zeledón, Blandón, Mairena, Aráuz, Chamorro, Sandino, Úbeda, Talavera, Obando, Téllez,
    Palacios, Castellón, Orozco, Rugama, Membreño, Lacayo, Montenegro, Duarte, Rayo, Gaitán,
    Dávila, Picado, Salgado, Bojorge`),
  PE: words(`Gonzales, Huamán, Zapata, Tello, Palomino, Pinedo, Sifuentes, Alvarado, Cárdenas,
    Cáceres, Chumpitaz, Carhuamaca, Lozano, Valdivia, Paz, Salas, Zevallos, Bazán, Ccori,
    Villanueva, Saldaña, Ayala, Huertas, Aquino`),
  PR: words(`Colón, Santiago, Rosario, Pagán, Quiñones, Maldonado, Meléndez, Negrón, Matos,
    Irizarry, Cintrón, Báez, Acevedo, Rosa, Nieves, Marrero, Otero, Burgos, Alicea, Santana,
    Lugo, Feliciano, Velázquez, Ayala, Padilla, Berríos, Vázquez, Rivera, Ortiz, Torres`),
  BZ: words(`Rodriguez, Gonzalez, Perez, Garcia, Lopez, Sanchez, Cruz, Reyes, Guerrero, Chan,
    Castillo, Magaña, Escalante, Ayuso, Cervantes, Acosta, Villanueva, Novelo, Aldana, Briceño`),
} as const;

/** Aymara and Quechua surnames, frequent in the Bolivian and Peruvian highlands. */
export const ANDEAN_SURNAMES = words(`
  Quispe, Mamani, Condori, Choque, Huanca, Apaza, Ticona, Huamán, Ccama, Yupanqui, Layme,
  Chambi, Calle, Colque, Cusi, Poma, Limachi, Nina, Mayta, Huarachi, Copa, Vilca, Chura, Sirpa,
  Callisaya, Alanoca, Cutipa, Pari, Quenta, Ramos, Tito, Inca, Cahuana, Achahui, Huillca
`);

/** Kichwa surnames from the Ecuadorian sierra. */
export const KICHWA_SURNAMES = words(`
  Chicaiza, Guamán, Tituaña, Cachimuel, Toapanta, Lema, Caiza, Quishpe, Chango, Tipán,
  Masaquiza, Chiluisa, Pilataxi, Yupangui, Cabascango, Farinango, Guanoluisa, Tenemaza
`);

/** K'iche', Kaqchikel, Mam and Q'eqchi' surnames common in Guatemala. */
export const MAYA_GT_SURNAMES = words(`
  Tzul, Cal, Choc, Xol, Caal, Coc, Pop, Ixcoy, Tzoc, Chen, Tiul, Bol, Cucul, Maquín, Chub,
  Ical, Sacul, Tum, Chay, Cumes, Sicajau, Xicará, Batz, Quiej, Ajanel, Tuy, Sic, Coj, Xiloj,
  Tzep, Mux, Ajú, Cux, Yat, Bin, Ixtabalán, Sucuquí, Toj, Us, Tuch, Bámaca, Chiquín
`);

/** Q'eqchi', Mopan and Yucatec surnames as registered in Belize. */
export const MAYA_BZ_SURNAMES = words(`
  Cal, Choc, Coc, Pop, Xol, Caal, Chub, Bol, Ical, Sho, Makin, Teul, Cus, Ack, Canti, Sam,
  Chiac, Tzul, Chen, Tzib, Chan, Pech, Canul, Cob, Ek, Uck, Cocom, Balam, Ku, Puc, Tut, Mes
`);

export const KRIOL_SURNAMES = words(`
  Young, Flowers, Gentle, Usher, Tillett, Gillett, Staine, Neal, Hyde, Gladden, Smith, Williams,
  Jones, Brown, Thompson, Robinson, Gordon, Pitts, Bennett, Jeffords, Leslie, Moody, Garbutt,
  Hulse, Meighan, Ellis, Lewis, Reneau, Arnold, Bowen, Belisle, Westby, Tucker, Jex, Lindo
`);

export const GARIFUNA_SURNAMES = words(`
  Arzu, Lambey, Nunez, Martinez, Castillo, Palacio, Cayetano, Sabio, Ramos, Loredo, Zuniga,
  Alvarez, Flores, Bernardez, Avila, Guity, Mejia, Suazo, Velasquez, Sambula, Valerio, Mariano
`);

export const MENNONITE_SURNAMES = words(`
  Friesen, Penner, Wiebe, Dueck, Klassen, Reimer, Thiessen, Fehr, Giesbrecht, Martens, Loewen,
  Neufeld, Enns, Froese, Harder, Peters, Unger, Zacharias
`);

export const MAPUCHE_SURNAMES = words(`
  Huenchumilla, Painemal, Llancaqueo, Ñancupil, Curihuinca, Catrileo, Millalén, Ancamil,
  Catrilaf, Marileo, Antileo, Huircán, Quilaqueo, Nahuelpán, Lincoqueo, Painequeo, Calfuqueo
`);

/** Creole and Miskitu family names on Nicaragua's Caribbean coast. */
export const NI_CARIBBEAN_SURNAMES = words(`
  Hodgson, Hooker, Downs, Campbell, Forbes, Taylor, Fagot, Cunningham, Ingram, Morgan, Lackwood,
  Wilson, McCoy, Davis
`);

// ------------------------------------------------------------------- aliases

/** Nicknames an officer may hear instead of the registered name. */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  "María José": ["Majo"],
  "María Fernanda": ["Mafer"],
  "María de los Ángeles": ["Marielos"],
  "María Guadalupe": ["Lupita"],
  "María del Carmen": ["Maricarmen"],
  José: ["Chepe", "Pepe", "Cheo"],
  Guadalupe: ["Lupita", "Lupe"],
  Francisco: ["Pancho", "Paco", "Chico"],
  Ignacio: ["Nacho"],
  Mercedes: ["Meche"],
  Jesús: ["Chucho", "Chuy"],
  Rosario: ["Chayo"],
  Consuelo: ["Chelo"],
  Dolores: ["Lola"],
  Concepción: ["Conchita", "Concha"],
  Manuel: ["Manolo"],
  Enrique: ["Quique"],
  Alberto: ["Beto"],
  Roberto: ["Beto", "Tito"],
  Guillermo: ["Memo"],
  Eduardo: ["Lalo"],
  Luis: ["Lucho"],
  Antonio: ["Toño"],
  Santiago: ["Chago"],
  Isabel: ["Chabela"],
  Graciela: ["Chela"],
  Rafael: ["Rafa"],
  Gonzalo: ["Chalo"],
  Ramón: ["Moncho"],
  Alejandro: ["Alex"],
  Alejandra: ["Ale"],
  Fernanda: ["Fer"],
  Valentina: ["Vale"],
  Sebastián: ["Sebas"],
  Christopher: ["Chris"],
  Jonathan: ["Jhony"],
};

export const GENERIC_ALIASES = {
  FEMALE: words("la Flaca, Nena, Chiqui, Peque, Mimi, Gorda"),
  MALE: words("el Flaco, Nene, Chato, Junior, Pelón, Gordo"),
  FEMALE_EN: words("Tiny, Shorty, Pinky, Baby, Sweetie"),
  MALE_EN: words("Junior, Shorty, Bigga, Tall Man, Slim"),
} as const;
